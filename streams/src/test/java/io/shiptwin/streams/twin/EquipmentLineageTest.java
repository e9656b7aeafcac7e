package io.shiptwin.streams.twin;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.TwinLineageTable;
import io.shiptwin.streams.history.LineageEntry;
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

/** The equipment twin's lineage: the last N readings applied, each naming its channels and Kafka offset. */
class EquipmentLineageTest {
    private static final int DEPTH = 3;

    @TempDir
    Path tmp;

    @Test
    void nPlusFiveReadingsKeepTheLastNWithTheirChannelsAndOffsets() throws Exception {
        List<LineageEntry> lineage = new ArrayList<>();
        try (var h = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new EquipmentTwinFunction()),
                (IngestedReading r) -> r.reading().assetId(), Types.STRING)) {
            h.setup();
            h.open();
            for (int n = 1; n <= DEPTH + 5; n++) {
                h.processElement(Readings.ingested(Readings.crane(CRANE, "gc-" + n, n, T0 + n * 1000L, 10 * n, 5), 100 + n), T0);
            }
            h.extractOutputValues().forEach(t -> lineage.add(LineageEntry.ofEquipment(t)));
        }
        assertThat(lineage.get(0).detail()).isEqualTo("load_t=10.000 wind_ms=5.000");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath())) {
            H2Sink.createTables(c);
            c.setAutoCommit(false);
            TwinLineageTable table = new TwinLineageTable(DEPTH);
            table.open(c);
            for (LineageEntry e : lineage) {
                table.add(e);
            }
            table.execute();
            c.commit();
            table.close();

            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, event_id, event_type, field,"
                    + " source_topic, source_partition, source_offset FROM twin_lineage ORDER BY version")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5) + "|" + rs.getInt(6) + "|" + rs.getLong(7));
                }
            }
            assertThat(rows).containsExactly(
                    "6|gc-6|telemetry|load_t,wind_ms|yard.telemetry.raw|0|106",
                    "7|gc-7|telemetry|load_t,wind_ms|yard.telemetry.raw|0|107",
                    "8|gc-8|telemetry|load_t,wind_ms|yard.telemetry.raw|0|108");
        }
    }
}
