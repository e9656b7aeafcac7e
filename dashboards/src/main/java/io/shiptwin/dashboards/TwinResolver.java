package io.shiptwin.dashboards;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.TwinTables;
import io.shiptwin.model.resolve.ContractDataSources;
import io.shiptwin.model.resolve.EnterpriseNode;
import io.shiptwin.model.resolve.HandleValue;
import io.shiptwin.model.resolve.IndustryNode;
import io.shiptwin.model.resolve.RecordSource;
import io.shiptwin.model.resolve.Resolution;
import io.shiptwin.model.resolve.ResolutionRequest;
import io.shiptwin.model.resolve.TwinStateLocator;
import io.shiptwin.model.resolve.ValueTypes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Handle-style resolver of twin-model, answering from the twin in H2: an industry node ({@code 88.118})
 * delegating to one enterprise node per enterprise prefix the twin knows (at least {@code 88.118.8001}).
 *
 * <p>The registry is {@link H2Records}: equipment ({@code equipment_twin}) and ships, grand blocks and blocks
 * ({@code hull_twin}, whose twin state is {@code /api/twin/{id}}); other kinds of object (inspections, crews …)
 * are unknown suffixes. Enrichments
 * are the twin state ({@link H2Records#locate}, the dashboard's own equipment URL) and the data sources
 * of the published contracts.
 */
final class TwinResolver {
    static final String INDUSTRY_PREFIX = "88.118";
    /** Where identifiers of other industries are resolved: the national top-level node (a referral). */
    static final String TOP_LEVEL_NODE = "idis:88";

    private final H2Records records;

    TwinResolver(String jdbcUrl) {
        this.records = new H2Records(jdbcUrl);
    }

    /** Never throws for a bad identifier: a malformed or unknown one is a {@link Resolution.Failed}. */
    Resolution resolve(ResolutionRequest request) throws SQLException {
        IndustryNode industry = new IndustryNode(INDUSTRY_PREFIX, TOP_LEVEL_NODE);
        long now = System.currentTimeMillis();
        for (String enterprise : records.enterprisePrefixes()) {
            industry.delegateTo(new EnterpriseNode(enterprise, records, List.of(EnterpriseNode.twinState(records),
                    EnterpriseNode.dataSources(new ContractDataSources(now)))));
        }
        records.failure = null;
        Resolution r = industry.resolve(request);
        if (records.failure != null) {
            throw records.failure;
        }
        return r;
    }

    /** The registry and twin-state locator over H2: equipment twins, their channels, alerts and dropped events. */
    static final class H2Records implements RecordSource, TwinStateLocator {
        private final String jdbcUrl;
        /** A database error seen inside {@link #valuesFor}, which may not throw a checked exception. */
        SQLException failure;

        H2Records(String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
        }

        Set<String> enterprisePrefixes() throws SQLException {
            Set<String> prefixes = new LinkedHashSet<>();
            prefixes.add(Identifier.DEFAULT_YARD_PREFIX);
            try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT asset_id FROM " + TwinTables.EQUIPMENT_TWIN)) {
                while (rs.next()) {
                    if (Identifier.isValid(rs.getString(1))) {
                        Identifier id = Identifier.parse(rs.getString(1));
                        if (id.industryPrefix().equals(INDUSTRY_PREFIX)) {
                            prefixes.add(id.enterprisePrefix());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!TwinTableCounts.isMissingTable(e)) {
                    throw e;
                }
            }
            return prefixes;
        }

        @Override
        public List<HandleValue> valuesFor(Identifier id) {
            boolean hull = isHull(id);
            if (!isEquipment(id) && !hull) {
                return List.of(); // no H2 table holds crews, inspections … as records: unknown to this node
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl)) {
                return hull ? hull(c, id.toString()) : equipment(c, id.toString());
            } catch (SQLException e) {
                if (!TwinTableCounts.isMissingTable(e)) {
                    failure = e;
                }
                return List.of();
            }
        }

        @Override
        public Optional<TwinStateRef> locate(Identifier id) {
            if (isHull(id)) {
                try (Connection c = DriverManager.getConnection(jdbcUrl);
                     PreparedStatement ps = c.prepareStatement("SELECT MAX(updated_at) FROM " + TwinTables.HULL_TWIN
                             + " WHERE entity_id = ? OR ship_id = ? HAVING COUNT(*) > 0")) {
                    ps.setString(1, id.toString());
                    ps.setString(2, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(new TwinStateRef("/api/twin/" + id, millis(rs.getObject(1, OffsetDateTime.class))));
                        }
                    }
                } catch (SQLException e) {
                    if (!TwinTableCounts.isMissingTable(e)) {
                        failure = e;
                    }
                }
                return Optional.empty();
            }
            if (!isEquipment(id)) {
                return Optional.empty();
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl);
                 PreparedStatement ps = c.prepareStatement("SELECT updated_at FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE asset_id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new TwinStateRef("/api/equipment/" + id, millis(rs.getObject(1, OffsetDateTime.class))));
                    }
                }
            } catch (SQLException e) {
                if (!TwinTableCounts.isMissingTable(e)) {
                    failure = e;
                }
            }
            return Optional.empty();
        }

        private static boolean isEquipment(Identifier id) {
            try {
                return ObjectKind.of(id) == ObjectKind.EQUIPMENT;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean isHull(Identifier id) {
            try {
                ObjectKind kind = ObjectKind.of(id);
                return kind == ObjectKind.SHIP || kind == ObjectKind.GRAND_BLOCK || kind == ObjectKind.BLOCK;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /** A ship, grand block or block from {@code hull_twin}: kind, attributes, and its ship as parent. */
        private static List<HandleValue> hull(Connection c, String entityId) throws SQLException {
            List<HandleValue> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, ship_id, stage, version, man_hours, cost_minor_units,"
                    + " currency, energy_kwh, delivered, last_event_id, last_event_time FROM " + TwinTables.HULL_TWIN
                    + " WHERE entity_id = ?")) {
                ps.setString(1, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return shipOfBlocks(c, entityId); // a ship with no event of its own is known by its blocks
                    }
                    OffsetDateTime last = rs.getObject("last_event_time", OffsetDateTime.class);
                    long at = millis(last);
                    values.add(HandleValue.of(ValueTypes.KIND, ObjectKind.of(Identifier.parse(entityId)).name(), at));
                    values.add(attr("stage", rs.getString("stage"), at));
                    values.add(attr("version", String.valueOf(rs.getLong("version")), at));
                    values.add(attr("manHours", String.valueOf(rs.getDouble("man_hours")), at));
                    values.add(attr("costMinorUnits", String.valueOf(rs.getLong("cost_minor_units")), at));
                    values.add(attr("currency", rs.getString("currency"), at));
                    values.add(attr("energyKwh", String.valueOf(rs.getDouble("energy_kwh")), at));
                    values.add(attr("delivered", String.valueOf(rs.getBoolean("delivered")), at));
                    values.add(attr("lastEventId", rs.getString("last_event_id"), at));
                    values.add(attr("lastEventTime", Times.iso(last), at));
                    String ship = rs.getString("ship_id");
                    if (!entityId.equals(ship)) {
                        values.add(HandleValue.of(ValueTypes.PARENT, ship, at));
                    } else {
                        values.addAll(children(c, entityId));
                    }
                }
            }
            return values;
        }

        private static List<HandleValue> shipOfBlocks(Connection c, String entityId) throws SQLException {
            if (ObjectKind.of(Identifier.parse(entityId)) != ObjectKind.SHIP) {
                return List.of();
            }
            List<HandleValue> children = children(c, entityId);
            if (children.isEmpty()) {
                return List.of();
            }
            List<HandleValue> values = new ArrayList<>();
            values.add(HandleValue.of(ValueTypes.KIND, ObjectKind.SHIP.name(), children.get(0).timestampMillis()));
            values.addAll(children);
            return values;
        }

        /** The grand blocks and blocks of a ship, as CHILD values, grand blocks first. */
        private static List<HandleValue> children(Connection c, String shipId) throws SQLException {
            List<HandleValue> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, last_event_time FROM " + TwinTables.HULL_TWIN
                    + " WHERE ship_id = ? AND entity_id <> ? ORDER BY CASE kind WHEN 'grand-block' THEN 0 ELSE 1 END, entity_id")) {
                ps.setString(1, shipId);
                ps.setString(2, shipId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(HandleValue.of(ValueTypes.CHILD, rs.getString(1), millis(rs.getObject(2, OffsetDateTime.class))));
                    }
                }
            }
            return values;
        }

        private static List<HandleValue> equipment(Connection c, String assetId) throws SQLException {
            List<HandleValue> values = new ArrayList<>();
            long at;
            try (PreparedStatement ps = c.prepareStatement("SELECT asset_type, site, area, version, last_event_id, last_sequence,"
                    + " last_event_time FROM " + TwinTables.EQUIPMENT_TWIN + " WHERE asset_id = ?")) {
                ps.setString(1, assetId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return List.of();
                    }
                    OffsetDateTime last = rs.getObject("last_event_time", OffsetDateTime.class);
                    at = millis(last);
                    values.add(HandleValue.of(ValueTypes.KIND, ObjectKind.EQUIPMENT.name(), at));
                    values.add(attr("assetType", rs.getString("asset_type"), at));
                    values.add(attr("site", rs.getString("site"), at));
                    values.add(attr("area", rs.getString("area"), at));
                    values.add(attr("version", String.valueOf(rs.getLong("version")), at));
                    values.add(attr("lastEventId", rs.getString("last_event_id"), at));
                    values.add(attr("lastSequence", String.valueOf(rs.getLong("last_sequence")), at));
                    values.add(attr("lastEventTime", Times.iso(last), at));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, last_value FROM " + TwinTables.EQUIPMENT_CHANNEL
                    + " WHERE asset_id = ? ORDER BY channel")) {
                ps.setString(1, assetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(attr("channel." + rs.getString(1), String.valueOf(rs.getDouble(2)), at));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT rule_id, message, opened_at FROM " + TwinTables.ALERTS
                    + " WHERE asset_id = ? AND status = 'OPEN' ORDER BY opened_at, rule_id")) {
                ps.setString(1, assetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(HandleValue.of("ALERT." + rs.getString(1), rs.getString(2),
                                millis(rs.getObject(3, OffsetDateTime.class))));
                    }
                }
            } catch (SQLException e) {
                if (!TwinTableCounts.isMissingTable(e)) {
                    throw e;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, COUNT(*) FROM " + TwinTables.DROPPED_EVENTS
                    + " WHERE asset_id = ? GROUP BY kind ORDER BY kind")) {
                ps.setString(1, assetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(HandleValue.of("DROPPED." + rs.getString(1), String.valueOf(rs.getLong(2)), at));
                    }
                }
            } catch (SQLException e) {
                if (!TwinTableCounts.isMissingTable(e)) {
                    throw e;
                }
            }
            return values;
        }

        private static HandleValue attr(String name, String data, long at) {
            return HandleValue.of(ValueTypes.sub(ValueTypes.ATTRIBUTE, name), data == null ? "" : data, at);
        }

        private static long millis(OffsetDateTime t) {
            return t == null ? 0 : t.toInstant().toEpochMilli();
        }
    }
}
