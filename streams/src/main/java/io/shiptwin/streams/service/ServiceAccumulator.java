package io.shiptwin.streams.service;

import io.shiptwin.model.yard.SurveyKind;

/**
 * The keyed state of one ship in service: a fixed number of fields, whatever the length of its service. A Flink
 * POJO: public fields, public no-arg constructor; survey counts are arrays indexed by {@link SurveyKind#ordinal()}.
 */
public class ServiceAccumulator {
    public String shipId;
    public long version;
    public long deliveredAt = -1;
    public long reports;
    public double reportedHours;
    public double hoursAtSea;
    public double distanceNm;
    public double fuelTonnes;
    public double mainEngineHours;
    public long lastReportAt = -1;
    public int[] surveysDone = new int[SurveyKind.values().length];
    public int[] failedOpen = new int[SurveyKind.values().length];
    public long[] lastFailedAt = new long[SurveyKind.values().length];
    public String lastSurveyId;
    public String lastSurveyKind;
    public long lastSurveyAt = -1;
    public Boolean lastSurveyPassed;
    public String nextSurveyKind;
    public int nextSurveyNumber;
    public long nextSurveyDue = -1;
    /** The open overdue alert, if any: its id, the survey it waits for and when it opened. */
    public String overdueAlertId;
    public String overdueKind;
    public int overdueNumber;
    public long overdueSince = -1;
    public String overdueMessage;
    public String overdueOpeningEventId;
    public String lastEventId;
    public long lastEventTime = Long.MIN_VALUE;

    public ServiceAccumulator() {
    }

    static ServiceAccumulator of(String shipId) {
        ServiceAccumulator a = new ServiceAccumulator();
        a.shipId = shipId;
        return a;
    }

    int failedOpenTotal() {
        int n = 0;
        for (int f : failedOpen) {
            n += f;
        }
        return n;
    }

    ShipService snapshot(long now) {
        double meanSpeed = hoursAtSea > 0 ? distanceNm / hoursAtSea : 0;
        double perNm = distanceNm > 0 ? fuelTonnes / distanceNm : 0;
        double perDay = hoursAtSea > 0 ? fuelTonnes / (hoursAtSea / 24.0) : 0;
        return new ShipService(shipId, version, deliveredAt, reports, reportedHours, hoursAtSea, distanceNm, fuelTonnes,
                mainEngineHours, meanSpeed, perNm, perDay, lastReportAt, surveysDone.clone(), failedOpenTotal(), lastSurveyId,
                lastSurveyKind, lastSurveyAt, lastSurveyPassed, nextSurveyKind, nextSurveyNumber, nextSurveyDue,
                overdueAlertId != null, lastEventId, lastEventTime, now);
    }
}
