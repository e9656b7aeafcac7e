package io.shiptwin.streams.service;

/**
 * The service twin of one delivered ship (docs/service-twin.md): totals of its operational reports, its class
 * surveys and the next survey due. Times are event times (simulated clock) in epoch millis, -1 when unknown.
 *
 * <p>Never written to once emitted, arrays included: the job runs with object reuse, so chained operators and sinks
 * share the emitted object (the accumulator's snapshot copies its arrays for that reason).
 *
 * @param hoursAtSea      sum over the reports of distance / average speed (the hours the ship made way)
 * @param meanSpeedKnots  distance / hours at sea; 0 before any steaming
 * @param fuelPerNm       tonnes of fuel per nautical mile; 0 before any distance
 * @param fuelPerDayAtSea tonnes of fuel per 24 hours at sea; 0 before any steaming
 * @param surveysDone     completed surveys per {@code SurveyKind} ordinal (passed or not)
 * @param lastSurveyPassed null before the first survey
 * @param nextSurveyKind  null while the delivery date is unknown
 * @param surveyOverdue   the next survey is past its due date (by the watermark) and not completed
 * @param updatedAtMillis wall clock of the update
 */
public record ShipService(String shipId, long version, long deliveredAtMillis, long reports, double reportedHours,
                          double hoursAtSea, double distanceNm, double fuelTonnes, double mainEngineHours, double meanSpeedKnots,
                          double fuelPerNm, double fuelPerDayAtSea, long lastReportAtMillis, int[] surveysDone,
                          int surveysFailedOpen, String lastSurveyId, String lastSurveyKind, long lastSurveyAtMillis,
                          Boolean lastSurveyPassed, String nextSurveyKind, int nextSurveyNumber, long nextSurveyDueMillis,
                          boolean surveyOverdue, String lastEventId, long lastEventTimeMillis, long updatedAtMillis) {

    public int surveysDone(io.shiptwin.model.yard.SurveyKind kind) {
        return surveysDone[kind.ordinal()];
    }

    public int surveysTotal() {
        int n = 0;
        for (int c : surveysDone) {
            n += c;
        }
        return n;
    }
}
