package io.shiptwin.streams.h2;

import io.shiptwin.streams.service.ShipSurvey;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Class surveys of ships in service, keyed by survey id: a replay writes the same row again. */
public final class ShipSurveyTable extends SingleStatementTable<ShipSurvey> {
    private static final String UPSERT = """
            MERGE INTO ship_surveys (survey_id, ship_id, kind, survey_number, society, passed, completed_at, due_at, event_id,
                                     updated_at)
            KEY (survey_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    protected String sql() {
        return UPSERT;
    }

    @Override
    protected void bind(PreparedStatement s, ShipSurvey v) throws SQLException {
        s.setString(1, v.surveyId());
        s.setString(2, v.shipId());
        s.setString(3, v.kind());
        s.setInt(4, v.number());
        s.setString(5, v.society());
        s.setBoolean(6, v.passed());
        s.setObject(7, EquipmentTwinTable.utc(v.completedAtMillis()));
        s.setObject(8, v.dueAtMillis() < 0 ? null : EquipmentTwinTable.utc(v.dueAtMillis()));
        s.setString(9, v.eventId());
        s.setObject(10, EquipmentTwinTable.utc(v.updatedAtMillis()));
    }
}
