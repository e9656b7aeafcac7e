package io.shiptwin.app;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.model.Topics;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The teaching yard with dock-1 pump 1 on drainage duty and its bearing failing on day 5 (repaired 6 h later),
 * six days of it written to the raw Kafka topics as the bridge would write them (key: the asset tag of the MQTT
 * topic), as fast as possible.
 */
public final class PumpWearFeed {
    public static final String PUMP = "88.118.8001/EQ-DOCK-1-P1";

    /** Event times (epoch millis) of the pump's failure and repair as the feed published them. */
    public record Published(long failure, long repaired) {
    }

    private PumpWearFeed() {
    }

    public static Published publish(String kafkaBootstrap, Path dir, String runId) throws IOException {
        Path yaml = dir.resolve("teaching-pump-wear.yaml");
        Files.writeString(yaml, """
                extends: teaching
                perturbations:
                  pumpBearingWear:
                    - {dock: dock-1, pump: 1, fromDay: 0, failureDay: 5, repairHours: 6, dutyLoad: 0.8}
                """);
        ScenarioFeed feed = ScenarioFeed.open(ScenarioLoader.load(yaml), FeedOptions.defaults(7).withRunId(runId).withSimDays(6));
        long failure = -1;
        long repaired = -1;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            while (feed.hasNext()) {
                FeedMessage m = feed.next();
                String tag = m.topic().substring(0, m.topic().lastIndexOf('/'));
                tag = tag.substring(tag.lastIndexOf('/') + 1);
                if (m.event() instanceof TelemetryReading r) {
                    producer.send(new ProducerRecord<>(Topics.TELEMETRY_RAW, tag, EnvelopeCodec.encode(r)));
                } else if (m.event() instanceof BusinessEvent e) {
                    producer.send(new ProducerRecord<>(Topics.EVENTS_RAW, tag, EnvelopeCodec.encode(e)));
                    if (e instanceof EquipmentFaulted f && f.assetId().equals(PUMP)) {
                        failure = f.eventTimeMillis();
                    } else if (e instanceof EquipmentRepaired r && r.assetId().equals(PUMP)) {
                        repaired = r.eventTimeMillis();
                    }
                }
            }
            producer.flush();
        }
        return new Published(failure, repaired);
    }
}
