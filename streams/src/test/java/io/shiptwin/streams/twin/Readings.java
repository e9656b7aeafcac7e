package io.shiptwin.streams.twin;

import io.shiptwin.model.TelemetryReading;

/** Test fixtures: telemetry readings and their ingested form. */
public final class Readings {
    public static final String CRANE = "88.118.8001/EQ-GC-01";
    public static final String CRANE_2 = "88.118.8001/EQ-GC-02";
    /** 2026-03-02T08:00:00Z */
    public static final long T0 = 1_772_438_400_000L;

    private Readings() {
    }

    public static TelemetryReading crane(String assetId, String eventId, long sequence, long eventTimeMillis,
                                         String[] channels, double[] values) {
        return new TelemetryReading(eventId, assetId, sequence, eventTimeMillis, "wenchong", "dock-1", "crane",
                channels, values);
    }

    /** A crane reading with the channels load_t and wind_ms. */
    public static TelemetryReading crane(String assetId, String eventId, long sequence, long eventTimeMillis,
                                         double load, double wind) {
        return crane(assetId, eventId, sequence, eventTimeMillis, new String[] {"load_t", "wind_ms"},
                new double[] {load, wind});
    }

    public static IngestedReading ingested(TelemetryReading r, long offset) {
        return new IngestedReading(r, "yard.telemetry.raw", 0, offset);
    }
}
