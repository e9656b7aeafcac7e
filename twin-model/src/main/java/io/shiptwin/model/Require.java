package io.shiptwin.model;

import java.util.List;
import java.util.Objects;

/**
 * The checks that compact constructors make at the edge. Every message starts with the field name,
 * so that the codec can prefix it with the JSON path: {@code $.body.weightTonnes: must be >= 0, got -5.0}.
 */
public final class Require {
    private Require() {
    }

    public static String text(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + ": must be a finite number >= 0, got " + value);
        }
        return value;
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + ": must be finite, got " + value);
        }
        return value;
    }

    public static long atLeast(String field, long min, long value) {
        if (value < min) {
            throw new IllegalArgumentException(field + ": must be >= " + min + ", got " + value);
        }
        return value;
    }

    public static Identifier kind(String field, ObjectKind kind, Identifier id) {
        Objects.requireNonNull(id, field);
        if (!kind.matches(id)) {
            throw new IllegalArgumentException(field + ": expected a " + kind.template() + " identifier, got '" + id + "'");
        }
        return id;
    }

    public static List<Identifier> kinds(String field, ObjectKind kind, List<Identifier> ids) {
        Objects.requireNonNull(ids, field);
        for (int i = 0; i < ids.size(); i++) {
            kind(field + "[" + i + "]", kind, ids.get(i));
        }
        return List.copyOf(ids);
    }

    public static <T> T present(String field, T value) {
        return Objects.requireNonNull(value, field);
    }
}
