package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.streams.h2.EquipmentTwinTable;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.TwinLineageTable;
import io.shiptwin.model.EquipmentHistoryChunks;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The equipment twin's lineage is its history: every version in its chunks with what the
 * dashboard's lineage shows (event id and time, the readings in channel order, the Kafka record), and no
 * {@code twin_lineage} rows for equipment, not even those an earlier version of the job wrote.
 */
class EquipmentLineageTest {
    private static final int READINGS = 8;

    @TempDir
    Path tmp;

    @Test
    void everyReadingIsAHistoryRowWithItsChannelsInOrderAndItsKafkaRecord() throws Exception {
        List<EquipmentTwin> twins = new ArrayList<>();
        try (var h = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new EquipmentTwinFunction()),
                (IngestedReading r) -> r.reading().assetId(), Types.STRING)) {
            h.setup();
            h.open();
            for (int n = 1; n <= READINGS; n++) {
                h.processElement(Readings.ingested(Readings.crane(CRANE, "gc-" + n, n, T0 + n * 1000L, 10 * n + 0.25, 5), 100 + n), T0);
            }
            twins.addAll(h.extractOutputValues());
        }

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath())) {
            H2Sink.createTables(c);
            c.setAutoCommit(false);
            EquipmentTwinTable table = new EquipmentTwinTable();
            table.open(c);
            for (EquipmentTwin t : twins) {
                table.add(t);
            }
            table.execute();
            c.commit();
            table.close();

            // What the dashboard's equipment lineage reads (TwinTimeTravel), last 3.
            List<String> rows = EquipmentHistoryChunks.newest(c, CRANE, 3).stream().map(v -> v.version() + "|" + v.eventId()
                    + "|" + v.eventTime() + "|" + v.readings() + "|" + v.sourceTopic() + "|" + v.sourcePartition() + "|"
                    + v.sourceOffset()).toList();
            assertThat(rows).containsExactly(
                    "8|gc-8|2026-03-02T08:00:08Z|{\"load_t\":80.25,\"wind_ms\":5.0}|yard.telemetry.raw|0|108",
                    "7|gc-7|2026-03-02T08:00:07Z|{\"load_t\":70.25,\"wind_ms\":5.0}|yard.telemetry.raw|0|107",
                    "6|gc-6|2026-03-02T08:00:06Z|{\"load_t\":60.25,\"wind_ms\":5.0}|yard.telemetry.raw|0|106");
            assertThat(EquipmentHistoryChunks.all(c, CRANE)).hasSize(READINGS);
            assertThat(rows(c, "SELECT COUNT(*) FROM twin_lineage")).containsExactly("0");
        }
    }

    @Test
    void theLineageWriterRemovesTheEquipmentRowsAnEarlierVersionWroteAndKeepsTheHullRows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("old").toAbsolutePath())) {
            H2Sink.createTables(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO twin_lineage VALUES ('" + CRANE + "', 0, 1, 'gc-1', 'telemetry',"
                        + " TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:01+00:00', 'load_t', 'load_t=10.000',"
                        + " 'yard.telemetry.raw', 0, 101)");
                s.executeUpdate("INSERT INTO twin_lineage VALUES ('88.118.8001/BLK-H1001-B101', 0, 1, 'bk-1', 'stage-started',"
                        + " TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:01+00:00', 'stage', 'CUTTING', 'yard.events.raw', 0, 7)");
            }
            c.setAutoCommit(false);
            TwinLineageTable table = new TwinLineageTable(20);
            table.open(c);
            table.close();

            assertThat(rows(c, "SELECT entity_id, event_type FROM twin_lineage"))
                    .containsExactly("88.118.8001/BLK-H1001-B101|stage-started");
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
