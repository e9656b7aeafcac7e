package io.shiptwin.streams.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.Topics;
import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.streams.service.ShipService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Service twins to the compacted {@code twin.service} topic, keyed by ship id (the latest per ship survives
 * compaction). No record timestamp: the producer stamps the wall clock; event times travel in the value.
 */
public final class ShipServiceRecordSerializer implements KafkaRecordSerializationSchema<ShipService> {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public ProducerRecord<byte[], byte[]> serialize(ShipService t, KafkaSinkContext ctx, Long timestamp) {
        return new ProducerRecord<>(Topics.TWIN_SERVICE, null, null, t.shipId().getBytes(StandardCharsets.UTF_8), json(t));
    }

    public static byte[] json(ShipService t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("shipId", t.shipId());
            g.writeNumberField("version", t.version());
            time(g, "deliveredAt", t.deliveredAtMillis());
            g.writeNumberField("reports", t.reports());
            g.writeNumberField("reportedHours", t.reportedHours());
            g.writeNumberField("hoursAtSea", t.hoursAtSea());
            g.writeNumberField("distanceNm", t.distanceNm());
            g.writeNumberField("fuelTonnes", t.fuelTonnes());
            g.writeNumberField("mainEngineHours", t.mainEngineHours());
            g.writeNumberField("meanSpeedKnots", t.meanSpeedKnots());
            g.writeNumberField("fuelTonnesPerNm", t.fuelPerNm());
            g.writeNumberField("fuelTonnesPerDayAtSea", t.fuelPerDayAtSea());
            time(g, "lastReportAt", t.lastReportAtMillis());
            g.writeObjectFieldStart("surveysDone");
            for (SurveyKind k : SurveyKind.values()) {
                g.writeNumberField(k.name(), t.surveysDone(k));
            }
            g.writeEndObject();
            g.writeNumberField("surveysFailedOpen", t.surveysFailedOpen());
            g.writeStringField("lastSurveyId", t.lastSurveyId());
            g.writeStringField("lastSurveyKind", t.lastSurveyKind());
            time(g, "lastSurveyAt", t.lastSurveyAtMillis());
            if (t.lastSurveyPassed() != null) {
                g.writeBooleanField("lastSurveyPassed", t.lastSurveyPassed());
            }
            g.writeStringField("nextSurveyKind", t.nextSurveyKind());
            if (t.nextSurveyKind() != null) {
                g.writeNumberField("nextSurveyNumber", t.nextSurveyNumber());
            }
            time(g, "nextSurveyDue", t.nextSurveyDueMillis());
            g.writeBooleanField("surveyOverdue", t.surveyOverdue());
            g.writeStringField("lastEventId", t.lastEventId());
            time(g, "lastEventTime", t.lastEventTimeMillis());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void time(JsonGenerator g, String field, long millis) throws IOException {
        if (millis >= 0) {
            g.writeStringField(field, EnvelopeCodec.formatEventTime(millis));
        }
    }
}
