package io.shiptwin.sim.bench;

import java.util.Locale;

/**
 * Figures of one {@link DesBench} run. Engine: events/s of the synthetic hold model (pure event list)
 * and of an M/M/c station (events plus resources), median of the measured rounds. Yard: wall time and
 * events of the baseline yard for one simulated year, and for its whole order book to the last delivery;
 * the first yard run of the JVM (class loading, JIT) is reported apart.
 */
public record BenchResult(long holdEventsPerRound, double holdEventsPerSecond, double stationEventsPerSecond, int rounds,
                          String yardScenario, double yardColdWallSeconds, double yardYearSimulatedDays, long yardYearEvents, double yardYearWallSeconds,
                          double orderBookSimulatedDays, long orderBookEvents, double orderBookWallSeconds, long shipsDelivered,
                          String javaVersion, int processors) {

    /** A JSON object with the same fields, for the docs and for comparing machines. */
    public String toJson() {
        return String.format(Locale.ROOT, """
                {
                  "holdEventsPerRound": %d,
                  "holdEventsPerSecond": %.0f,
                  "stationEventsPerSecond": %.0f,
                  "rounds": %d,
                  "yardScenario": "%s",
                  "yardColdWallSeconds": %.3f,
                  "yardYearSimulatedDays": %.1f,
                  "yardYearEvents": %d,
                  "yardYearWallSeconds": %.3f,
                  "orderBookSimulatedDays": %.1f,
                  "orderBookEvents": %d,
                  "orderBookWallSeconds": %.3f,
                  "shipsDelivered": %d,
                  "javaVersion": "%s",
                  "processors": %d
                }
                """, holdEventsPerRound, holdEventsPerSecond, stationEventsPerSecond, rounds, yardScenario, yardColdWallSeconds, yardYearSimulatedDays,
                yardYearEvents, yardYearWallSeconds, orderBookSimulatedDays, orderBookEvents, orderBookWallSeconds, shipsDelivered,
                javaVersion, processors);
    }

    /** The lines the CLI prints. */
    public String summary() {
        return String.format(Locale.ROOT, """
                DES engine, single thread (median of %d rounds):
                  hold model (event list only)   %,.0f events/s   (goal >= 5,000,000)
                  M/M/3 station (with resources) %,.0f events/s
                Yard (%s):
                  first run, cold JVM            %.3f s wall (loading and JIT included)
                  one simulated year             %.3f s wall, %,d events
                  whole order book (%.0f days)    %.3f s wall, %,d events, %d ships delivered   (goal: yard-year <= 5 s)
                """, rounds, holdEventsPerSecond, stationEventsPerSecond, yardScenario, yardColdWallSeconds, yardYearWallSeconds, yardYearEvents,
                orderBookSimulatedDays, orderBookWallSeconds, orderBookEvents, shipsDelivered);
    }
}
