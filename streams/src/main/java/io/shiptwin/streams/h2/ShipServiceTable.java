package io.shiptwin.streams.h2;

import io.shiptwin.model.yard.SurveyKind;
import io.shiptwin.streams.service.ShipService;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** The service twin by ship id; the row only moves forward (newer version), so a replay never moves it back. */
public final class ShipServiceTable extends SingleStatementTable<ShipService> {
    private static final String UPSERT = """
            MERGE INTO ship_service t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS BIGINT), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS BIGINT),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS TIMESTAMP(3) WITH TIME ZONE),
                           CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT),
                           CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(16)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS BOOLEAN),
                           CAST(? AS VARCHAR(16)), CAST(? AS INT), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS BOOLEAN),
                           CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE), CAST(? AS TIMESTAMP(3) WITH TIME ZONE)))
                  AS s(ship_id, version, delivered_at, reports, reported_hours, hours_at_sea, distance_nm, fuel_t,
                       main_engine_hours, mean_speed_knots, fuel_t_per_nm, fuel_t_per_day_at_sea, last_report_at,
                       annual_surveys, intermediate_surveys, special_surveys, other_surveys, surveys_failed_open,
                       last_survey_id, last_survey_kind, last_survey_at, last_survey_passed, next_survey_kind,
                       next_survey_number, next_survey_due, survey_overdue, last_event_id, last_event_time, updated_at)
            ON t.ship_id = s.ship_id
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                version = s.version, delivered_at = s.delivered_at, reports = s.reports, reported_hours = s.reported_hours,
                hours_at_sea = s.hours_at_sea, distance_nm = s.distance_nm, fuel_t = s.fuel_t,
                main_engine_hours = s.main_engine_hours, mean_speed_knots = s.mean_speed_knots, fuel_t_per_nm = s.fuel_t_per_nm,
                fuel_t_per_day_at_sea = s.fuel_t_per_day_at_sea, last_report_at = s.last_report_at,
                annual_surveys = s.annual_surveys, intermediate_surveys = s.intermediate_surveys,
                special_surveys = s.special_surveys, other_surveys = s.other_surveys, surveys_failed_open = s.surveys_failed_open,
                last_survey_id = s.last_survey_id, last_survey_kind = s.last_survey_kind, last_survey_at = s.last_survey_at,
                last_survey_passed = s.last_survey_passed, next_survey_kind = s.next_survey_kind,
                next_survey_number = s.next_survey_number, next_survey_due = s.next_survey_due,
                survey_overdue = s.survey_overdue, last_event_id = s.last_event_id, last_event_time = s.last_event_time,
                updated_at = s.updated_at
            WHEN NOT MATCHED THEN INSERT (ship_id, version, delivered_at, reports, reported_hours, hours_at_sea, distance_nm,
                fuel_t, main_engine_hours, mean_speed_knots, fuel_t_per_nm, fuel_t_per_day_at_sea, last_report_at,
                annual_surveys, intermediate_surveys, special_surveys, other_surveys, surveys_failed_open, last_survey_id,
                last_survey_kind, last_survey_at, last_survey_passed, next_survey_kind, next_survey_number, next_survey_due,
                survey_overdue, last_event_id, last_event_time, updated_at)
                VALUES (s.ship_id, s.version, s.delivered_at, s.reports, s.reported_hours, s.hours_at_sea, s.distance_nm,
                s.fuel_t, s.main_engine_hours, s.mean_speed_knots, s.fuel_t_per_nm, s.fuel_t_per_day_at_sea, s.last_report_at,
                s.annual_surveys, s.intermediate_surveys, s.special_surveys, s.other_surveys, s.surveys_failed_open,
                s.last_survey_id, s.last_survey_kind, s.last_survey_at, s.last_survey_passed, s.next_survey_kind,
                s.next_survey_number, s.next_survey_due, s.survey_overdue, s.last_event_id, s.last_event_time, s.updated_at)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, ShipService t) throws SQLException {
        s.setString(1, t.shipId());
        s.setLong(2, t.version());
        s.setObject(3, time(t.deliveredAtMillis()));
        s.setLong(4, t.reports());
        s.setDouble(5, t.reportedHours());
        s.setDouble(6, t.hoursAtSea());
        s.setDouble(7, t.distanceNm());
        s.setDouble(8, t.fuelTonnes());
        s.setDouble(9, t.mainEngineHours());
        s.setDouble(10, t.meanSpeedKnots());
        s.setDouble(11, t.fuelPerNm());
        s.setDouble(12, t.fuelPerDayAtSea());
        s.setObject(13, time(t.lastReportAtMillis()));
        s.setInt(14, t.surveysDone(SurveyKind.ANNUAL));
        s.setInt(15, t.surveysDone(SurveyKind.INTERMEDIATE));
        s.setInt(16, t.surveysDone(SurveyKind.SPECIAL));
        s.setInt(17, t.surveysTotal() - t.surveysDone(SurveyKind.ANNUAL) - t.surveysDone(SurveyKind.INTERMEDIATE)
                - t.surveysDone(SurveyKind.SPECIAL));
        s.setInt(18, t.surveysFailedOpen());
        s.setString(19, t.lastSurveyId());
        s.setString(20, t.lastSurveyKind());
        s.setObject(21, time(t.lastSurveyAtMillis()));
        if (t.lastSurveyPassed() == null) {
            s.setNull(22, Types.BOOLEAN);
        } else {
            s.setBoolean(22, t.lastSurveyPassed());
        }
        s.setString(23, t.nextSurveyKind());
        if (t.nextSurveyKind() == null) {
            s.setNull(24, Types.INTEGER);
        } else {
            s.setInt(24, t.nextSurveyNumber());
        }
        s.setObject(25, time(t.nextSurveyDueMillis()));
        s.setBoolean(26, t.surveyOverdue());
        s.setString(27, t.lastEventId());
        s.setObject(28, EquipmentTwinTable.utc(t.lastEventTimeMillis()));
        s.setObject(29, EquipmentTwinTable.utc(t.updatedAtMillis()));
    }

    private static Object time(long millis) {
        return millis < 0 ? null : EquipmentTwinTable.utc(millis);
    }
}
