package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every event type survives the wire unchanged, and what the codec writes is what the schemas describe. */
class EventRoundTripProperties {

    @Property(tries = 2000)
    void everyEventDecodesToAnEqualEvent(@ForAll("events") YardEvent event) {
        assertThat(EnvelopeCodec.decode(EnvelopeCodec.encode(event))).isEqualTo(new DecodeResult.Decoded<>(event));
    }

    @Property(tries = 300)
    void everyEncodedEventValidatesAgainstEnvelopeAndBodySchema(@ForAll("events") YardEvent event) {
        assertThat(Schemas.errors(EnvelopeCodec.encode(event))).as("%s", event).isEmpty();
    }

    @Property(tries = 200)
    void eachTypeIsGeneratedAndRoundTrips(@ForAll EventType type) {
        YardEvent event = Events.of(type).sample();

        assertThat(event.eventType()).isEqualTo(type);
        assertThat(EnvelopeCodec.decode(EnvelopeCodec.encode(event))).isEqualTo(new DecodeResult.Decoded<>(event));
    }

    @Property(tries = 200)
    void encodingIsDeterministic(@ForAll("events") YardEvent event) {
        assertThat(EnvelopeCodec.encode(event)).isEqualTo(EnvelopeCodec.encode(event));
    }

    @Provide
    Arbitrary<YardEvent> events() {
        return Events.anyEvent();
    }
}
