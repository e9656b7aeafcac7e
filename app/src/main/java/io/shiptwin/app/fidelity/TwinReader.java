package io.shiptwin.app.fidelity;

import io.shiptwin.model.TwinTables;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the twin of one yard (its identifier prefix) from the H2 tables the Flink job writes:
 * {@code hull_twin}, {@code hull_stage_dates}, {@code ship_totals}, {@code equipment_twin}, {@code weld_quality} and
 * {@code ship_service}. A table
 * the job has not created yet reads as empty. What the twin knows only from the yard's plan ({@code stage-planned},
 * {@code material-ordered}) is not history: an entity without a stage or a booking, and a stage with planned dates
 * only, are left out, as the ground truth has no record of them.
 */
public final class TwinReader {
    private TwinReader() {
    }

    public static TwinFigures read(String h2Url, String yardPrefix) {
        String like = yardPrefix + "/%";
        try (Connection c = DriverManager.getConnection(h2Url)) {
            Map<String, Map<String, TwinFigures.StageDates>> dates = new HashMap<>();
            // Only stages that happened: a row with planned dates alone is the plan's, not the yard's history.
            query(c, "SELECT entity_id, stage, started_at, finished_at FROM " + TwinTables.HULL_STAGE_DATES
                    + " WHERE entity_id LIKE ? AND (started_at IS NOT NULL OR finished_at IS NOT NULL)", like, rs -> dates.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                    .put(rs.getString(2), new TwinFigures.StageDates(millis(rs, 3), millis(rs, 4))));
            Map<String, TwinFigures.Hull> hulls = new TreeMap<>();
            // An entity the twin knows only from the plan or a steel order (no stage, nothing booked) has no history yet.
            query(c, "SELECT entity_id, stage, man_hours, cost_minor_units, inspections_passed, inspections_failed, "
                    + "non_conformances_opened, delivered FROM " + TwinTables.HULL_TWIN + " WHERE entity_id LIKE ?"
                    + " AND (stage IS NOT NULL OR man_hours <> 0 OR cost_minor_units <> 0 OR inspections_passed + inspections_failed"
                    + " + non_conformances_opened > 0 OR delivered)", like,
                    rs -> hulls.put(rs.getString(1), new TwinFigures.Hull(rs.getString(2),
                            dates.getOrDefault(rs.getString(1), Map.of()), rs.getDouble(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getBoolean(8))));
            Map<String, TwinFigures.Ship> ships = new TreeMap<>();
            query(c, "SELECT ship_id, total_man_hours, total_cost_minor_units FROM " + TwinTables.SHIP_TOTALS
                    + " WHERE ship_id LIKE ?", like, rs -> ships.put(rs.getString(1), new TwinFigures.Ship(rs.getDouble(2), rs.getLong(3))));
            Map<String, TwinFigures.Equipment> equipment = new TreeMap<>();
            query(c, "SELECT asset_id, version, last_event_time FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE asset_id LIKE ?", like,
                    rs -> equipment.put(rs.getString(1), new TwinFigures.Equipment(rs.getLong(2), millis(rs, 3))));
            long[] coats = new long[2];
            // The quality join's record of each block: its coating DFT inspections, passed or failed.
            query(c, "SELECT COALESCE(SUM(dft_inspections), 0), COALESCE(SUM(dft_passed), 0) FROM " + TwinTables.WELD_QUALITY
                    + " WHERE block_id LIKE ?", like, rs -> {
                        coats[0] = rs.getLong(1);
                        coats[1] = rs.getLong(2);
                    });
            long[] plan = new long[2];
            // Plan against actual: stages finished that carry a planned finish from the stage-planned events.
            query(c, "SELECT COUNT(*), COALESCE(SUM(CASE WHEN finished_at <= planned_finish THEN 1 ELSE 0 END), 0) FROM "
                    + TwinTables.HULL_STAGE_DATES + " WHERE entity_id LIKE ? AND finished_at IS NOT NULL AND planned_finish IS NOT NULL",
                    like, rs -> {
                        plan[0] = rs.getLong(1);
                        plan[1] = rs.getLong(2);
                    });
            Map<String, TwinFigures.Service> service = new TreeMap<>();
            query(c, "SELECT ship_id, delivered_at, reports, distance_nm, fuel_t, main_engine_hours, hours_at_sea, annual_surveys"
                    + " + intermediate_surveys + special_surveys + other_surveys, next_survey_kind, next_survey_due FROM "
                    + TwinTables.SHIP_SERVICE + " WHERE ship_id LIKE ?", like,
                    rs -> service.put(rs.getString(1), new TwinFigures.Service(millis(rs, 2), rs.getLong(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getLong(8), rs.getString(9), millis(rs, 10))));
            return new TwinFigures(hulls, ships, equipment, new TwinFigures.Compliance(coats[0], coats[1], plan[0], plan[1]), service);
        } catch (SQLException e) {
            throw new IllegalStateException("fidelity: cannot read the twin from " + h2Url + ": " + e.getMessage(), e);
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, String like, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, like);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    && e.getErrorCode() != org.h2.api.ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                throw e;
            }
        }
    }

    private static Long millis(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant().toEpochMilli();
    }
}
