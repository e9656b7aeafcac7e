package io.shiptwin.dashboards;

import java.util.Map;

/**
 * What only the process that runs the in-process hops (simulator, embedded broker, bridge) can know.
 *
 * <p>The dashboard reads Kafka and H2 itself, but counters such as "messages the simulator published"
 * live in memory of the launcher; it hands them over through this interface, so the dashboard never
 * imports the simulator or the bridge (modules meet only at twin-model types and contracts).
 */
public interface PipelineProbe {

    /** A probe for a dashboard that runs as its own process and sees no in-process hops. */
    PipelineProbe NONE = new PipelineProbe() {
        @Override
        public Map<String, Long> inProcessCounts() {
            return Map.of();
        }

        @Override
        public Map<String, Boolean> componentHealth() {
            return Map.of();
        }
    };

    /**
     * Cumulative counts per hop in data-path order, e.g. {@code sim.published, broker.received,
     * bridge.in, bridge.out}. The iteration order is the display order, so return an ordered map.
     */
    Map<String, Long> inProcessCounts();

    /** Health of in-process components, e.g. {@code mqtt -> true}. */
    Map<String, Boolean> componentHealth();

    /**
     * When the in-process hops saw one event (wall clock, epoch millis), in data-path order, e.g.
     * {@code published -> t1, broker -> t2}; a hop that did not see it recently is absent. The message
     * tracer shows these before the hops recorded in the twin's tables. None by default.
     */
    default Map<String, Long> hopTimes(String eventId) {
        return Map.of();
    }
}
