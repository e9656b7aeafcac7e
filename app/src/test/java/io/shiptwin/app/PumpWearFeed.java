package io.shiptwin.app;

import io.shiptwin.model.EquipmentFaulted;
import io.shiptwin.model.EquipmentRepaired;
import io.shiptwin.sim.feed.FeedMessage;
import io.shiptwin.sim.feed.FeedOptions;
import io.shiptwin.sim.feed.ScenarioFeed;
import io.shiptwin.sim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        try (RawTopicWriter raw = RawTopicWriter.open(kafkaBootstrap)) {
            while (feed.hasNext()) {
                FeedMessage m = feed.next();
                raw.sendAsBridge(m);
                if (m.event() instanceof EquipmentFaulted f && f.assetId().equals(PUMP)) {
                    failure = f.eventTimeMillis();
                } else if (m.event() instanceof EquipmentRepaired r && r.assetId().equals(PUMP)) {
                    repaired = r.eventTimeMillis();
                }
            }
        }
        return new Published(failure, repaired);
    }
}
