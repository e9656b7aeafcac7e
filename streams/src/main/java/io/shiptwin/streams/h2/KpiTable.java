package io.shiptwin.streams.h2;

import io.shiptwin.streams.kpi.KpiValue;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** KPI values per window, keyed by (kpi, scope, window kind, window start): a re-emitted window overwrites its row. */
public final class KpiTable extends SingleStatementTable<KpiValue> {
    private static final String UPSERT = """
            MERGE INTO kpis (kpi, scope, window_kind, window_start, window_end, scope_kind, kpi_value, numerator, denominator,
                             unit, events, late_updates, updated_at)
            KEY (kpi, scope, window_kind, window_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, KpiValue v) throws SQLException {
        s.setString(1, v.kpi());
        s.setString(2, v.scope());
        s.setString(3, v.windowKind());
        s.setObject(4, EquipmentTwinTable.utc(v.windowStart()));
        s.setObject(5, EquipmentTwinTable.utc(v.windowEnd()));
        s.setString(6, v.scopeKind());
        s.setDouble(7, v.value());
        s.setDouble(8, v.numerator());
        s.setDouble(9, v.denominator());
        s.setString(10, v.unit());
        s.setLong(11, v.events());
        s.setLong(12, v.lateUpdates());
        s.setObject(13, EquipmentTwinTable.utc(v.emittedAtMillis()));
    }
}
