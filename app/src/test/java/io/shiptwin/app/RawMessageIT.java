package io.shiptwin.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.Topics;
import io.shiptwin.model.yard.InspectionMethod;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/raw/{topic}/{partition}/{offset}} against the embedded Kafka: a record written to a yard topic reads
 * back with its key, headers, timestamp and payload (JSON when it is JSON, else text); a record deleted from the log,
 * an offset not written yet and a partition that does not exist are 404s with the reason.
 */
@ExtendWith(NoFlinkTaskFailures.class)
class RawMessageIT extends PipelineTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aRecordReadsBackAsWrittenAndOneNotInTheLogIsNotFound() throws Exception {
        InspectionRecorded inspection = new InspectionRecorded(new EventHeader("raw-it:insp:1", "88.118.8001/INSP-H9-B1-1", 1,
                1_772_438_400_000L, "wenchong", "panel-line", "inspection"), Identifier.parse("88.118.8001/BLK-H9-B1"),
                InspectionMethod.ULTRASONIC, false, "lack of fusion at seam 3");
        RecordMetadata json;
        RecordMetadata text;
        RecordMetadata deleted;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(Topics.EVENTS_RAW, "INSP-H9-B1-1", EnvelopeCodec.encode(inspection));
            r.headers().add("shiptwin-bridge-received-at", "1772438400123".getBytes(StandardCharsets.UTF_8));
            json = producer.send(r).get();
            deleted = producer.send(new ProducerRecord<>(Topics.DEAD_LETTER, 0, "GC-01", "first, deleted below"
                    .getBytes(StandardCharsets.UTF_8))).get();
            text = producer.send(new ProducerRecord<>(Topics.DEAD_LETTER, 0, "GC-01", "not json {".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafka().bootstrap()))) {
            admin.deleteRecords(Map.of(new TopicPartition(Topics.DEAD_LETTER, 0), RecordsToDelete.beforeOffset(text.offset())))
                    .all().get();
        }

        JsonNode read = get(path(json.topic(), json.partition(), json.offset()), 200);
        assertThat(read.get("key").asText()).isEqualTo("INSP-H9-B1-1");
        assertThat(read.get("offset").asLong()).isEqualTo(json.offset());
        assertThat(read.get("timestamp").asText()).isEqualTo(java.time.Instant.ofEpochMilli(json.timestamp()).toString());
        assertThat(read.get("headers").get(0).get("key").asText()).isEqualTo("shiptwin-bridge-received-at");
        assertThat(read.get("headers").get(0).get("value").asText()).isEqualTo("1772438400123");
        assertThat(read.get("payloadFormat").asText()).isEqualTo("json");
        assertThat(read.get("eventId").asText()).isEqualTo("raw-it:insp:1");
        assertThat(read.get("payload").get("body").get("method").asText()).isEqualTo("ULTRASONIC");
        assertThat(read.get("payload").get("body").get("findings").asText()).isEqualTo("lack of fusion at seam 3");

        JsonNode plain = get(path(Topics.DEAD_LETTER, 0, text.offset()), 200);
        assertThat(plain.get("payloadFormat").asText()).isEqualTo("text");
        assertThat(plain.get("payload").asText()).isEqualTo("not json {");
        assertThat(plain.get("eventId").isNull()).isTrue();

        JsonNode gone = get(path(Topics.DEAD_LETTER, 0, deleted.offset()), 404);
        assertThat(gone.get("reason").asText()).isEqualTo("offset-not-found");
        assertThat(gone.get("error").asText()).isEqualTo("no record at yard.deadletter/0@" + deleted.offset() + ": offset "
                + deleted.offset() + " is before the log start " + text.offset() + " (deleted by retention)");
        JsonNode notYet = get(path(Topics.DEAD_LETTER, 0, text.offset() + 1000), 404);
        assertThat(notYet.get("error").asText()).contains("is at or after the log end " + (text.offset() + 1) + " (not written yet)");
        JsonNode partition = get(path(Topics.DEAD_LETTER, 7, 0), 404);
        assertThat(partition.get("reason").asText()).isEqualTo("partition-not-found");
        assertThat(get(path("not.a.yard.topic", 0, 0), 400).get("reason").asText()).isEqualTo("topic-not-allowed");
    }

    private static String path(String topic, int partition, long offset) {
        return "/api/raw/" + topic + "/" + partition + "/" + offset;
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.dashboard().port() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafka().bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
}
