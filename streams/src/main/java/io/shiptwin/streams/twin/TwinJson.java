package io.shiptwin.streams.twin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.JsonText;
import io.shiptwin.model.TelemetryReading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON forms of twin values: the {@code twin.equipment} record and the readings of a history row. */
public final class TwinJson {
    /** One twin record and one history row per telemetry event: doubles go through Jackson's fast writer. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private TwinJson() {
    }

    /** {@code {"load_t":12.5,...}} */
    public static String readings(TelemetryReading r) {
        return readings(readingsText(), r);
    }

    /** Where {@link #readings(JsonText, TelemetryReading)} writes: one per writer thread, kept between readings. */
    public static JsonText readingsText() {
        return new JsonText(JSON);
    }

    /** As {@link #readings(TelemetryReading)}, through {@code text}'s generator and buffer (from {@link #readingsText}). */
    public static String readings(JsonText text, TelemetryReading r) {
        JsonGenerator g = text.begin();
        try {
            g.writeStartObject();
            for (int i = 0; i < r.channels().length; i++) {
                g.writeNumberField(r.channels()[i], r.values()[i]);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.end();
    }

    /** The value of a {@code twin.equipment} record (key: the asset id). */
    public static byte[] equipmentTwin(EquipmentTwin t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("assetId", t.assetId());
            g.writeStringField("assetType", t.assetType());
            g.writeStringField("site", t.site());
            g.writeStringField("area", t.area());
            g.writeNumberField("version", t.version());
            g.writeStringField("lastEventId", t.lastEventId());
            g.writeNumberField("lastSequence", t.lastSequence());
            g.writeStringField("lastEventTime", EnvelopeCodec.formatEventTime(t.lastEventTimeMillis()));
            g.writeStringField("updatedAt", EnvelopeCodec.formatEventTime(t.updatedAtMillis()));
            g.writeObjectFieldStart("channels");
            for (int i = 0; i < t.channels().length; i++) {
                g.writeObjectFieldStart(t.channels()[i]);
                g.writeNumberField("last", t.last()[i]);
                g.writeNumberField("min", t.min()[i]);
                g.writeNumberField("max", t.max()[i]);
                g.writeNumberField("mean", t.mean()[i]);
                g.writeNumberField("samples", t.samples()[i]);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
