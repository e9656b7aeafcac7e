package io.shiptwin.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid events of every type, built from the records' components. */
final class Events {
    private static final String NASTY = "abcXYZ09 -_/:\"\\\u00e9\u6587\u2603\t\n";

    private Events() {
    }

    static Arbitrary<YardEvent> anyEvent() {
        return Arbitraries.of(EventType.values()).flatMap(Events::of);
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<YardEvent> of(EventType type) {
        if (type == EventType.TELEMETRY) {
            return Arbitraries.longs().map(seed -> (YardEvent) new Envelopes.Generator(seed).next());
        }
        RecordComponent[] components = type.javaType().getRecordComponents();
        List<Arbitrary<Object>> parts = new ArrayList<>();
        parts.add(header().map(h -> (Object) h));
        for (int i = 1; i < components.length; i++) {
            parts.add((Arbitrary<Object>) valueOf(components[i].getName(), components[i].getGenericType()));
        }
        return Combinators.combine(parts).as(values -> construct(type, components, values));
    }

    static Arbitrary<EventHeader> header() {
        return Combinators.combine(text(1, 200), Identifiers.valid(), Arbitraries.longs().between(1, Long.MAX_VALUE),
                        Arbitraries.longs().between(EventHeader.MIN_EVENT_TIME_MILLIS, EventHeader.MAX_EVENT_TIME_MILLIS),
                        text(1, 64), text(1, 64), text(1, 64))
                .as((eventId, assetId, seq, time, site, area, type) -> new EventHeader(eventId, assetId.toString(), seq, time,
                        site, area, type));
    }

    private static Arbitrary<?> valueOf(String name, Type type) {
        if (type == String.class) {
            return name.equals("currency") ? Arbitraries.strings().withCharRange('A', 'Z').ofLength(3)
                    : text(1, 80).filter(s -> !s.isBlank());
        } else if (type == double.class) {
            return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e12),
                    Arbitraries.of(0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 0.1, 12345678901234.5));
        } else if (type == int.class) {
            return Arbitraries.integers().between(1, Integer.MAX_VALUE);
        } else if (type == long.class) {
            return Arbitraries.longs().between(0, Long.MAX_VALUE);
        } else if (type == boolean.class) {
            return Arbitraries.of(true, false);
        } else if (type == Identifier.class) {
            return Identifiers.valid();
        } else if (type instanceof Class<?> c && c.isEnum()) {
            return Arbitraries.of(Arrays.asList(c.getEnumConstants()));
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return Identifiers.valid().list().ofMaxSize(6);
        }
        throw new IllegalStateException("no generator for " + type);
    }

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withChars(NASTY).withCharRange('a', 'z').ofMinLength(min).ofMaxLength(max);
    }

    private static YardEvent construct(EventType type, RecordComponent[] components, List<Object> values) {
        try {
            Constructor<?> c = type.javaType().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (YardEvent) c.newInstance(values.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type + " from " + values, e);
        }
    }
}
