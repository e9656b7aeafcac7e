package io.shiptwin.sim.scenario;

import io.shiptwin.sim.des.Distribution;
import java.util.List;

/**
 * A queueing study in the scenario format: independent stations, each fed by its own arrivals, run
 * for a warm-up and a measured period over replications. Used to validate the engine against
 * queueing theory (M/M/1, M/M/c) with the same YAML, distributions and validation as the yard.
 */
public record QueueingStudy(String name, long seed, int replications, double warmUpHours, double runHours, List<Station> stations) {

    public QueueingStudy {
        stations = List.copyOf(stations);
        if (replications < 2) {
            throw new IllegalArgumentException("replications: must be >= 2, got " + replications);
        }
        if (!(runHours > 0)) {
            throw new IllegalArgumentException("runHours: must be > 0, got " + Checks.fmt(runHours));
        }
    }

    /** {@code servers} identical servers with a FIFO queue. */
    public record Station(String name, int servers, Distribution interarrivalHours, Distribution serviceHours) {
        public Station {
            if (servers < 1) {
                throw new IllegalArgumentException("servers: must be >= 1, got " + servers);
            }
        }
    }

    /** Loads a study from YAML text; problems are reported like a scenario's. */
    public static QueueingStudy parse(String yaml, String origin) {
        return ScenarioLoader.parseRecord(yaml, QueueingStudy.class, origin);
    }
}
