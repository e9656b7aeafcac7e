package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the service twin (docs/service-twin.md): {@code ship_service}, one row per delivered ship with its operation
 * totals and next survey due, and {@code ship_surveys}, one row per class survey.
 */
final class ShipsInService {

    /** A ship in service: times on the simulated clock (ISO-8601), null when not known yet. */
    public record InService(String shipId, long version, String deliveredAt, long reports, double reportedHours,
                            double hoursAtSea, double distanceNm, double fuelTonnes, double mainEngineHours,
                            double meanSpeedKnots, double fuelTonnesPerNm, double fuelTonnesPerDayAtSea, String lastReportAt,
                            int annualSurveys, int intermediateSurveys, int specialSurveys, int otherSurveys,
                            int surveysFailedOpen, String lastSurveyId, String lastSurveyKind, String lastSurveyAt,
                            Boolean lastSurveyPassed, String nextSurveyKind, Integer nextSurveyNumber, String nextSurveyDue,
                            boolean surveyOverdue, String lastEventTime) {
    }

    /** One class survey as completed, with the due date the class rule gives it. */
    public record Survey(String surveyId, String kind, int number, String society, boolean passed, String completedAt,
                         String dueAt) {
    }

    /** A ship in service and its surveys, oldest first. */
    public record Detail(InService ship, List<Survey> surveys) {
    }

    private static final String COLUMNS = "ship_id, version, delivered_at, reports, reported_hours, hours_at_sea, distance_nm,"
            + " fuel_t, main_engine_hours, mean_speed_knots, fuel_t_per_nm, fuel_t_per_day_at_sea, last_report_at,"
            + " annual_surveys, intermediate_surveys, special_surveys, other_surveys, surveys_failed_open, last_survey_id,"
            + " last_survey_kind, last_survey_at, last_survey_passed, next_survey_kind, next_survey_number, next_survey_due,"
            + " survey_overdue, last_event_time";

    private final String jdbcUrl;

    ShipsInService(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Every ship in service, by identifier. */
    List<InService> all() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TwinTables.SHIP_SERVICE + " ORDER BY ship_id");
             ResultSet rs = ps.executeQuery()) {
            List<InService> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs));
            }
            return out;
        }
    }

    /** One ship in service with its surveys; empty when the service twin does not know it. */
    Optional<Detail> one(String shipId) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            InService ship;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + TwinTables.SHIP_SERVICE
                    + " WHERE ship_id = ?")) {
                ps.setString(1, shipId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    ship = row(rs);
                }
            }
            List<Survey> surveys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT survey_id, kind, survey_number, society, passed, completed_at,"
                    + " due_at FROM " + TwinTables.SHIP_SURVEYS + " WHERE ship_id = ? ORDER BY completed_at, survey_id")) {
                ps.setString(1, shipId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        surveys.add(new Survey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5),
                                time(rs, 6), time(rs, 7)));
                    }
                }
            }
            return Optional.of(new Detail(ship, surveys));
        }
    }

    private static InService row(ResultSet rs) throws SQLException {
        boolean passedKnown = rs.getObject(22) != null;
        Integer nextNumber = rs.getObject(24) == null ? null : rs.getInt(24);
        return new InService(rs.getString(1), rs.getLong(2), time(rs, 3), rs.getLong(4), rs.getDouble(5), rs.getDouble(6),
                rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11), rs.getDouble(12),
                time(rs, 13), rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getString(19),
                rs.getString(20), time(rs, 21), passedKnown ? rs.getBoolean(22) : null, rs.getString(23), nextNumber,
                time(rs, 25), rs.getBoolean(26), time(rs, 27));
    }

    private static String time(ResultSet rs, int column) throws SQLException {
        return Times.iso(rs.getObject(column, OffsetDateTime.class));
    }

    /** The list as CSV, one row per ship. */
    static String csv(List<InService> ships) {
        StringBuilder out = new StringBuilder();
        CsvExport.row(out, "ship_id", "delivered_at", "reports", "reported_hours", "hours_at_sea", "distance_nm", "fuel_t",
                "main_engine_hours", "mean_speed_knots", "fuel_t_per_nm", "fuel_t_per_day_at_sea", "last_report_at",
                "annual_surveys", "intermediate_surveys", "special_surveys", "other_surveys", "surveys_failed_open",
                "last_survey_kind", "last_survey_at", "last_survey_passed", "next_survey_kind", "next_survey_number",
                "next_survey_due", "survey_overdue");
        for (InService s : ships) {
            CsvExport.row(out, s.shipId(), s.deliveredAt(), s.reports(), s.reportedHours(), s.hoursAtSea(), s.distanceNm(),
                    s.fuelTonnes(), s.mainEngineHours(), s.meanSpeedKnots(), s.fuelTonnesPerNm(), s.fuelTonnesPerDayAtSea(),
                    s.lastReportAt(), s.annualSurveys(), s.intermediateSurveys(), s.specialSurveys(), s.otherSurveys(),
                    s.surveysFailedOpen(), s.lastSurveyKind(), s.lastSurveyAt(), s.lastSurveyPassed(), s.nextSurveyKind(),
                    s.nextSurveyNumber(), s.nextSurveyDue(), s.surveyOverdue());
        }
        return out.toString();
    }

    /** One ship's surveys as CSV. */
    static String surveysCsv(Detail d) {
        StringBuilder out = new StringBuilder();
        CsvExport.row(out, "ship_id", "survey_id", "kind", "survey_number", "society", "passed", "completed_at", "due_at");
        for (Survey s : d.surveys()) {
            CsvExport.row(out, d.ship().shipId(), s.surveyId(), s.kind(), s.number(), s.society(), s.passed(), s.completedAt(),
                    s.dueAt());
        }
        return out.toString();
    }
}
