package io.shiptwin.model.resolve;

import java.util.Objects;

/**
 * One typed value of an identifier's record, as in the Handle system: index, type, data, timestamp and
 * whether anyone may read it ({@code PUB_READ}) or only an authenticated client.
 *
 * @param index  position in the record, from 1; 0 while a {@link RecordSource} builds it (the node numbers values)
 * @param type   dotted type name, e.g. {@code KIND}, {@code ATTR.weightTonnes}, {@code TWIN_STATE}; see {@link ValueTypes}
 * @param timestampMillis when the value last changed, epoch millis (simulated clock where the twin runs on one)
 */
public record HandleValue(int index, String type, String data, long timestampMillis, boolean publicRead) {

    public HandleValue {
        if (index < 0) {
            throw new IllegalArgumentException("index: must be >= 0, got " + index);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (type.isBlank()) {
            throw new IllegalArgumentException("type: must not be blank");
        }
    }

    /** A public value, not yet numbered. */
    public static HandleValue of(String type, String data, long timestampMillis) {
        return new HandleValue(0, type, data, timestampMillis, true);
    }

    /** A value only authenticated clients may read, not yet numbered. */
    public static HandleValue restricted(String type, String data, long timestampMillis) {
        return new HandleValue(0, type, data, timestampMillis, false);
    }

    public HandleValue withIndex(int newIndex) {
        return new HandleValue(newIndex, type, data, timestampMillis, publicRead);
    }

    /** Handle type matching: {@code ATTR} matches {@code ATTR} and every {@code ATTR.*} sub-type. */
    public boolean hasType(String wanted) {
        return type.equals(wanted) || type.startsWith(wanted + ".");
    }
}
