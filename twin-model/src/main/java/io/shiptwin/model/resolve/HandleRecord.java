package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The answer to a successful resolution: the identifier and its numbered, typed values. */
public record HandleRecord(Identifier identifier, List<HandleValue> values) {

    public HandleRecord {
        Objects.requireNonNull(identifier, "identifier");
        values = List.copyOf(values);
    }

    /** All values of a type and its sub-types. */
    public List<HandleValue> valuesOf(String type) {
        return values.stream().filter(v -> v.hasType(type)).toList();
    }

    /** The data of the first value of exactly this type. */
    public Optional<String> first(String type) {
        return values.stream().filter(v -> v.type().equals(type)).map(HandleValue::data).findFirst();
    }
}
