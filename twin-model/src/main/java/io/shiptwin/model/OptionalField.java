package io.shiptwin.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A body field added after its event type was published: it may be absent (or null) on the wire and is then
 * {@code null} in the record; the codec writes it only when present. Lets an event grow backward-compatibly:
 * old producers' events still decode, and old consumers tolerate the new field (unknown fields are tolerated).
 * Only reference types (e.g. {@link Identifier}) can be optional.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalField {
}
