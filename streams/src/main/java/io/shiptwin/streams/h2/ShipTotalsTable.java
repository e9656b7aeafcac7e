package io.shiptwin.streams.h2;

import io.shiptwin.streams.lifecycle.ShipTotals;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Ship roll-ups by ship id; the row only moves forward (newer version), so a replay never moves it back. */
public final class ShipTotalsTable extends SingleStatementTable<ShipTotals> {
    private static final String UPSERT = """
            MERGE INTO ship_totals t
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),
                           CAST(? AS VARCHAR(3)), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                           CAST(? AS DOUBLE PRECISION), CAST(? AS VARCHAR(200)), CAST(? AS TIMESTAMP(3) WITH TIME ZONE)))
                  AS s(ship_id, version, own_man_hours, blocks_man_hours, total_man_hours, own_cost_minor_units,
                       blocks_cost_minor_units, total_cost_minor_units, currency, own_energy_kwh, blocks_energy_kwh,
                       total_energy_kwh, last_event_id, updated_at)
            ON t.ship_id = s.ship_id
            WHEN MATCHED AND s.version > t.version THEN UPDATE SET
                version = s.version, own_man_hours = s.own_man_hours, blocks_man_hours = s.blocks_man_hours,
                total_man_hours = s.total_man_hours, own_cost_minor_units = s.own_cost_minor_units,
                blocks_cost_minor_units = s.blocks_cost_minor_units, total_cost_minor_units = s.total_cost_minor_units,
                currency = s.currency, own_energy_kwh = s.own_energy_kwh, blocks_energy_kwh = s.blocks_energy_kwh,
                total_energy_kwh = s.total_energy_kwh, last_event_id = s.last_event_id, updated_at = s.updated_at
            WHEN NOT MATCHED THEN INSERT VALUES (s.ship_id, s.version, s.own_man_hours, s.blocks_man_hours,
                s.total_man_hours, s.own_cost_minor_units, s.blocks_cost_minor_units, s.total_cost_minor_units, s.currency,
                s.own_energy_kwh, s.blocks_energy_kwh, s.total_energy_kwh, s.last_event_id, s.updated_at)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, ShipTotals t) throws SQLException {
        s.setString(1, t.shipId());
        s.setLong(2, t.version());
        s.setDouble(3, t.ownManHours());
        s.setDouble(4, t.blocksManHours());
        s.setDouble(5, t.totalManHours());
        s.setLong(6, t.ownCostMinorUnits());
        s.setLong(7, t.blocksCostMinorUnits());
        s.setLong(8, t.totalCostMinorUnits());
        s.setString(9, t.currency());
        s.setDouble(10, t.ownEnergyKwh());
        s.setDouble(11, t.blocksEnergyKwh());
        s.setDouble(12, t.totalEnergyKwh());
        s.setString(13, t.lastEventId());
        s.setObject(14, EquipmentTwinTable.utc(t.updatedAtMillis()));
    }
}
