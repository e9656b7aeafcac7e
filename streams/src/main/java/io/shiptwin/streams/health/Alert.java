package io.shiptwin.streams.health;

/**
 * An alert on one piece of equipment: opened by the event that first violated a rule, cleared by
 * the first event that no longer does. The id is stable (asset, rule, opening event), so a replay
 * after a failure rewrites the same alert instead of raising a new one.
 *
 * @param status        OPEN or CLEARED
 * @param value         the offending value at opening
 * @param limit         the limit it crossed
 * @param openedAtMillis event time (simulated clock) of the opening event
 * @param clearedAtMillis event time of the clearing event; -1 while open
 * @param rulHours      remaining useful life in hours at opening (drift alerts, docs/equipment-health.md); NaN if none
 */
public record Alert(String alertId, String assetId, String assetType, String ruleId, String status, String message,
                    double value, double limit, String openingEventId, long openedAtMillis, String clearingEventId,
                    long clearedAtMillis, double rulHours) {
    public static final String OPEN = "OPEN";
    public static final String CLEARED = "CLEARED";

    /** An alert without a remaining-useful-life estimate (limit rules, lifecycle alerts). */
    public Alert(String alertId, String assetId, String assetType, String ruleId, String status, String message,
                 double value, double limit, String openingEventId, long openedAtMillis, String clearingEventId,
                 long clearedAtMillis) {
        this(alertId, assetId, assetType, ruleId, status, message, value, limit, openingEventId, openedAtMillis, clearingEventId,
                clearedAtMillis, Double.NaN);
    }

    public Alert cleared(String eventId, long atMillis) {
        return new Alert(alertId, assetId, assetType, ruleId, CLEARED, message, value, limit, openingEventId, openedAtMillis,
                eventId, atMillis, rulHours);
    }
}
