package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Quality per welding station, from the quality join's {@code weld_quality} rows (one per block): defect rate,
 * share of arc-on readings outside the WPS window, coating DFT compliance, and the blocks that failed an
 * inspection after welding with the current out of its window.
 */
final class WeldStations {
    static final int SUSPECTS = 50;

    /**
     * Rates are null when their denominator is 0. {@code defectRate}: failed inspections / inspections;
     * {@code reworkRate}: blocks that failed an inspection (and so went to rework) / blocks inspected.
     */
    public record Station(String workCentre, long blocks, long weldsCounted, long arcOnReadings, long outOfWindowReadings,
                          Double outOfWindowRate, long inspections, long failedInspections, Double defectRate,
                          long blocksFailed, long failedAfterOutOfWindow, long dftInspections, Double dftCompliance,
                          long blocksInspected, Double reworkRate) {
    }

    public record Suspect(String blockId, String workCentre, long outOfWindowReadings, long arcOnReadings, long failedInspections) {
    }

    public record Answer(List<Station> stations, List<Suspect> failedAfterOutOfWindow) {
    }

    private final String jdbcUrl;

    WeldStations(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    Answer read() throws SQLException {
        List<Station> stations = new ArrayList<>();
        List<Suspect> suspects = new ArrayList<>();
        String perStation = "SELECT work_centre, COUNT(*), SUM(CASE WHEN resolved THEN 1 ELSE 0 END), SUM(arc_on_readings),"
                + " SUM(out_of_window_readings), SUM(inspections), SUM(failed_inspections),"
                + " SUM(CASE WHEN failed_inspections > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN failed_inspections > 0 AND out_of_window_readings > 0 THEN 1 ELSE 0 END),"
                + " SUM(dft_inspections), SUM(dft_passed), SUM(CASE WHEN inspections > 0 THEN 1 ELSE 0 END)"
                + " FROM " + TwinTables.WELD_QUALITY + " WHERE work_centre IS NOT NULL GROUP BY work_centre ORDER BY work_centre";
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(perStation)) {
                while (rs.next()) {
                    long arcOn = rs.getLong(4);
                    long out = rs.getLong(5);
                    long inspections = rs.getLong(6);
                    long failed = rs.getLong(7);
                    long dft = rs.getLong(10);
                    long blocksFailed = rs.getLong(8);
                    long inspected = rs.getLong(12);
                    stations.add(new Station(rs.getString(1), rs.getLong(2), rs.getLong(3), arcOn, out, ratio(out, arcOn), inspections,
                            failed, ratio(failed, inspections), blocksFailed, rs.getLong(9), dft, ratio(rs.getLong(11), dft),
                            inspected, ratio(blocksFailed, inspected)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT block_id, work_centre, out_of_window_readings, arc_on_readings, failed_inspections FROM "
                    + TwinTables.WELD_QUALITY + " WHERE failed_inspections > 0 AND out_of_window_readings > 0"
                    + " ORDER BY out_of_window_readings DESC, block_id LIMIT " + SUSPECTS)) {
                while (rs.next()) {
                    suspects.add(new Suspect(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            if (!KpiSeries.isMissingTable(e)) {
                throw e;
            }
        }
        return new Answer(stations, suspects);
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
