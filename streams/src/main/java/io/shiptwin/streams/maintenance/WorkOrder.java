package io.shiptwin.streams.maintenance;

/**
 * A maintenance work order the twin opened for a maintenance-relevant alert (docs/equipment-health.md, "Work
 * orders"), and later the same order closed. Id {@code {yard prefix}/WO-{asset tag}-D{n}}: stable across replays.
 *
 * @param rulHours  remaining useful life when it was opened; NaN if unknown
 * @param closedBy  the event type that closed it ({@code equipment-repaired}, {@code work-order-closed}); null while open
 */
public record WorkOrder(String workOrderId, String assetId, String assetType, String reasonAlertId, String reason,
                        String status, long openedAtMillis, double rulHours, long closedAtMillis, String closedByEventId,
                        String closedBy) {
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public WorkOrder closed(long atMillis, String eventId, String eventType) {
        return new WorkOrder(workOrderId, assetId, assetType, reasonAlertId, reason, CLOSED, openedAtMillis, rulHours, atMillis,
                eventId, eventType);
    }

    /** The machine a work order id belongs to: {@code P/WO-TAG-D1} and the yard's {@code P/WO-TAG-1} give {@code P/EQ-TAG}. */
    public static String equipmentOf(String workOrderId) {
        int slash = workOrderId.lastIndexOf('/');
        String suffix = workOrderId.substring(slash + 1);
        int dash = suffix.lastIndexOf('-');
        if (!suffix.startsWith("WO-") || dash <= 3) {
            return null;
        }
        return workOrderId.substring(0, slash + 1) + "EQ-" + suffix.substring(3, dash);
    }

    /** The id of the {@code n}th work order the twin opens for a machine. */
    public static String idFor(String assetId, int n) {
        int slash = assetId.lastIndexOf('/');
        String suffix = assetId.substring(slash + 1);
        String tag = suffix.startsWith("EQ-") ? suffix.substring(3) : suffix;
        return assetId.substring(0, slash + 1) + "WO-" + tag + "-D" + n;
    }
}
