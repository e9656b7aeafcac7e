package io.shiptwin.streams.kpi;

/**
 * A business event that came after every KPI window it belongs to had closed for good (its hour window ended
 * more than the allowed lateness before the watermark). The twin took it; the KPIs did not.
 *
 * @param payload the event's envelope, re-encoded, for the dead-letter topic
 */
public record LateEvent(String sourceTopic, int sourcePartition, long sourceOffset, String eventId, String assetId,
                        String eventType, long eventTimeMillis, long watermarkMillis, long allowedLatenessMillis,
                        byte[] payload, long recordedAtMillis) {

    public String reason() {
        return "late: " + eventType + " at event time " + java.time.Instant.ofEpochMilli(eventTimeMillis)
                + " arrived when the watermark was " + java.time.Instant.ofEpochMilli(watermarkMillis)
                + ", after its KPI windows closed (allowed lateness " + java.time.Duration.ofMillis(allowedLatenessMillis)
                + "): left out of the KPIs; the twin does not window, lateness does not change it";
    }
}
