package io.shiptwin.sim.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The rules a scenario value can break, each producing {@code path: rule, got value}. */
final class Checks {
    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    void positive(String path, double v) {
        if (!(v > 0)) {
            problems.add(path + ": must be > 0, got " + fmt(v));
        }
    }

    void nonNegative(String path, double v) {
        if (!(v >= 0)) {
            problems.add(path + ": must be >= 0, got " + fmt(v));
        }
    }

    void atLeast(String path, double v, double min) {
        if (!(v >= min)) {
            problems.add(path + ": must be >= " + fmt(min) + ", got " + fmt(v));
        }
    }

    void atMost(String path, double v, double max, String why) {
        if (!(v <= max)) {
            problems.add(path + ": must be <= " + fmt(max) + why + ", got " + fmt(v));
        }
    }

    void probability(String path, double v) {
        if (!(v >= 0 && v <= 1)) {
            problems.add(path + ": must be in [0, 1], got " + fmt(v));
        }
    }

    void fraction(String path, double v) {
        if (!(v >= 0 && v < 1)) {
            problems.add(path + ": must be in [0, 1), got " + fmt(v));
        }
    }

    void notEmpty(String path, Collection<?> list) {
        if (list.isEmpty()) {
            problems.add(path + ": must have at least 1 entry, got 0");
        }
    }

    void oneOf(String path, String value, Collection<String> known, String what) {
        if (!known.contains(value)) {
            problems.add(path + ": unknown " + what + " '" + value + "'" + DidYouMean.suggest(value, known));
        }
    }

    <T> void uniqueNames(String path, List<T> items, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String n = name.apply(items.get(i));
            if (!seen.add(n)) {
                problems.add(path + "[" + i + "].name: duplicate '" + n + "'");
            }
        }
    }

    void add(String problem) {
        problems.add(problem);
    }
}
