package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;
import io.shiptwin.model.lifecycle.LifecycleStage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the yard map ({@code /api/yard/map}) draws: the yard's areas in the order material flows through them,
 * each with its equipment (live or quiet, open alerts); the blocks in progress per lifecycle stage; and the
 * ships on the way from erection to delivery. Everything comes from the twin tables, so the map shows what
 * the twin knows, not what the scenario planned. Reads the columns the equipment and lifecycle twins add
 * ({@code equipment_twin.status}, {@code ship_schedule}); their DDL is {@link TwinTables#DDL}, run by every writer.
 */
final class YardMap {
    /** A machine that has not reported for this long is drawn as quiet. */
    static final long QUIET_AFTER_MILLIS = 10_000;
    /** At most this many block identifiers are listed per stage (the count is always complete). */
    static final int BLOCKS_LISTED_PER_STAGE = 12;
    /** Build stages a block passes through in the shops, before it is part of the ship's hull. */
    static final List<LifecycleStage> BLOCK_STAGES = List.of(LifecycleStage.DESIGN, LifecycleStage.MATERIAL,
            LifecycleStage.CUTTING, LifecycleStage.FORMING, LifecycleStage.SUB_ASSEMBLY, LifecycleStage.BLOCK_ASSEMBLY,
            LifecycleStage.PRE_OUTFITTING, LifecycleStage.PAINTING, LifecycleStage.PRE_ERECTION);
    /** Stages a ship is drawn in: in dock, afloat at the quay, at sea for trials. */
    static final List<LifecycleStage> SHIP_STAGES = List.of(LifecycleStage.ERECTION, LifecycleStage.LAUNCH,
            LifecycleStage.QUAY_OUTFITTING, LifecycleStage.SEA_TRIALS);

    /** Name fragments of the areas along the material flow, in flow order (index = place). */
    private static final String[][] FLOW_KEYWORDS = {{"stock", "steel"}, {"cut"}, {"form", "bend"}, {"panel"},
            {"assembly"}, {"outfitting"}, {"paint", "coat", "blast"}, {"pre-erection"}, {"dock", "berth"}, {"quay"},
            {"sea"}, {"fleet"}};

    /**
     * One machine on the map; {@code tag} is the identifier's suffix, {@code status} the equipment twin's
     * (WORKING, IDLE, DOWN, MAINTENANCE; null before the twin has judged it), {@code openAlerts} its alerts not yet cleared.
     */
    public record Machine(String assetId, String tag, String assetType, boolean live, String status, long openAlerts,
                          String lastEventTime) {
    }

    /** One area, {@code order} its place along the material flow (0 = where steel arrives). */
    public record Area(String name, int order, List<Machine> equipment, long live, long openAlerts) {
    }

    /** The blocks (and grand blocks) whose current stage is {@code stage}. */
    public record StageLoad(String stage, String displayName, long blocks, long grandBlocks, List<String> sample) {
    }

    /** A ship from erection to sea trials, with the dock it occupies (null when not in a dock or not known). */
    public record ShipOnMap(String shipId, String stage, String displayName, String since, String dock) {
    }

    public record Snapshot(List<Area> areas, List<StageLoad> stages, List<ShipOnMap> ships, long equipment, long live,
                       long openAlerts, String generatedAt) {
    }

    private final String jdbcUrl;

    YardMap(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    Snapshot read() throws SQLException {
        long now = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            Map<String, Long> alerts = openAlertsByAsset(c);
            List<Area> areas = areas(c, alerts, now);
            List<StageLoad> stages = stages(c);
            List<ShipOnMap> ships = ships(c);
            long equipment = areas.stream().mapToLong(a -> a.equipment().size()).sum();
            long live = areas.stream().mapToLong(Area::live).sum();
            long open = areas.stream().mapToLong(Area::openAlerts).sum();
            return new Snapshot(areas, stages, ships, equipment, live, open, Times.iso(now));
        }
    }

    /**
     * Where an area sits along the material flow, from its name as scenarios write it: stockyard, cutting,
     * panel line, assembly, outfitting hall, painting, pre-erection, docks, quay, sea trials, fleet; any
     * other name after those (in name order).
     */
    static int flowOrder(String area) {
        String a = area.toLowerCase(Locale.ROOT);
        if (a.contains("quay")) {
            return 9;
        }
        for (int i = 0; i < FLOW_KEYWORDS.length; i++) {
            for (String k : FLOW_KEYWORDS[i]) {
                if (a.contains(k)) {
                    return i;
                }
            }
        }
        // A generic workshop ("shop", "hall") sits with fabrication; anything else (network, offices) last.
        return a.contains("shop") || a.contains("hall") || a.contains("fabrication") ? 1 : FLOW_KEYWORDS.length;
    }

    private static Map<String, Long> openAlertsByAsset(Connection c) throws SQLException {
        Map<String, Long> open = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT asset_id, COUNT(*) FROM "
                + TwinTables.ALERTS + " WHERE status = '" + Alerts.OPEN + "' GROUP BY asset_id")) {
            while (rs.next()) {
                open.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return open;
    }

    private static List<Area> areas(Connection c, Map<String, Long> alerts, long now) throws SQLException {
        Map<String, List<Machine>> byArea = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT asset_id, asset_type, area,"
                + " last_event_time, updated_at, status FROM " + TwinTables.EQUIPMENT_TWIN + " ORDER BY area, asset_id")) {
            while (rs.next()) {
                String id = rs.getString("asset_id");
                OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
                boolean live = updated != null && now - updated.toInstant().toEpochMilli() <= QUIET_AFTER_MILLIS;
                byArea.computeIfAbsent(rs.getString("area"), k -> new ArrayList<>()).add(new Machine(id,
                        id.substring(id.indexOf('/') + 1), rs.getString("asset_type"), live, rs.getString("status"),
                        alerts.getOrDefault(id, 0L),
                        Times.iso(rs.getObject("last_event_time", OffsetDateTime.class))));
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((name, machines) -> areas.add(new Area(name, flowOrder(name), List.copyOf(machines),
                machines.stream().filter(Machine::live).count(), machines.stream().mapToLong(Machine::openAlerts).sum())));
        areas.sort(Comparator.comparingInt(Area::order).thenComparing(Area::name));
        return areas;
    }

    private static List<StageLoad> stages(Connection c) throws SQLException {
        Map<LifecycleStage, long[]> counts = new EnumMap<>(LifecycleStage.class);
        Map<LifecycleStage, List<String>> samples = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage st : BLOCK_STAGES) {
            counts.put(st, new long[2]);
            samples.put(st, new ArrayList<>());
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT entity_id, kind, stage FROM "
                + TwinTables.HULL_TWIN + " WHERE kind IN ('block', 'grand-block') AND stage IS NOT NULL ORDER BY entity_id")) {
            while (rs.next()) {
                LifecycleStage stage = stageOrNull(rs.getString("stage"));
                if (stage == null || !counts.containsKey(stage)) {
                    continue;
                }
                boolean block = "block".equals(rs.getString("kind"));
                counts.get(stage)[block ? 0 : 1]++;
                List<String> sample = samples.get(stage);
                if (sample.size() < BLOCKS_LISTED_PER_STAGE) {
                    sample.add(rs.getString("entity_id"));
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        List<StageLoad> loads = new ArrayList<>();
        for (LifecycleStage st : BLOCK_STAGES) {
            long[] n = counts.get(st);
            loads.add(new StageLoad(st.name(), st.displayName(), n[0], n[1], List.copyOf(samples.get(st))));
        }
        return loads;
    }

    private static List<ShipOnMap> ships(Connection c) throws SQLException {
        List<ShipOnMap> ships = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.entity_id, t.stage, d.started_at,"
                + " CASE WHEN sc.in_dock THEN sc.dock END AS dock FROM " + TwinTables.HULL_TWIN + " t LEFT JOIN "
                + TwinTables.HULL_STAGE_DATES + " d ON d.entity_id = t.entity_id AND d.stage = t.stage LEFT JOIN "
                + TwinTables.SHIP_SCHEDULE + " sc ON sc.ship_id = t.entity_id WHERE t.kind = 'ship' AND t.stage IS NOT NULL"
                + " ORDER BY t.entity_id")) {
            while (rs.next()) {
                LifecycleStage stage = stageOrNull(rs.getString("stage"));
                if (stage != null && SHIP_STAGES.contains(stage)) {
                    ships.add(new ShipOnMap(rs.getString("entity_id"), stage.name(), stage.displayName(),
                            Times.iso(rs.getObject("started_at", OffsetDateTime.class)), rs.getString("dock")));
                }
            }
        } catch (SQLException e) {
            if (!TwinTableCounts.isMissingTable(e)) {
                throw e;
            }
        }
        return ships;
    }

    private static LifecycleStage stageOrNull(String name) {
        if (name == null) {
            return null;
        }
        try {
            return LifecycleStage.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
