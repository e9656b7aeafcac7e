package io.shiptwin.streams.service;

/**
 * One class survey of a ship in service, as completed.
 *
 * @param number         the survey's number among the ship's surveys of its kind (1, 2, ...), by arrival
 * @param dueAtMillis    the due date the class rule gives that survey; -1 if the delivery is unknown or the kind is
 *                       not on the cycle (bottom, delivery)
 * @param completedAtMillis event time of the completion
 */
public record ShipSurvey(String surveyId, String shipId, String kind, int number, String society, boolean passed,
                         long completedAtMillis, long dueAtMillis, String eventId, long updatedAtMillis) {
}
