package io.shiptwin.streams.h2;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.CRANE_2;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.streams.twin.EquipmentAccumulator;
import io.shiptwin.streams.twin.EquipmentTwin;
import io.shiptwin.streams.twin.Readings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The H2 sink inside a real Flink job on a MiniCluster. */
class H2SinkFlinkTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(1)
            .build());

    @TempDir
    Path tmp;

    private static List<EquipmentTwin> twins(String assetId, int count, double firstLoad) {
        EquipmentAccumulator acc = new EquipmentAccumulator();
        List<EquipmentTwin> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            TelemetryReading r = Readings.crane(assetId, assetId + "-e" + i, i, T0 + i * 1000L, firstLoad + i, 5);
            acc.apply(r);
            out.add(acc.snapshot(r, T0 + 60_000));
        }
        return out;
    }

    @Test
    void jobWritesEveryTwinVersionAndTheNewestCurrentStateToH2() throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
        List<EquipmentTwin> input = new ArrayList<>(twins(CRANE, 3, 100));
        input.addAll(twins(CRANE_2, 2, 10));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        // Batch size 2 over 5 records: two size-triggered flushes, the last record flushed at end of input.
        env.fromData(input).sinkTo(new H2Sink<>(url, EquipmentTwinTable::new, 2, 20));
        env.execute("h2-sink-test");

        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(query(c, "SELECT asset_id, version FROM equipment_twin ORDER BY asset_id"))
                    .containsExactly(tuple(CRANE, 3L), tuple(CRANE_2, 2L));
            List<Tuple> history = new ArrayList<>();
            EquipmentHistoryChunks.forEachSince(c, null, v -> history.add(tuple(v.assetId(), v.version())));
            assertThat(history)
                    .containsExactly(tuple(CRANE, 1L), tuple(CRANE, 2L), tuple(CRANE, 3L),
                            tuple(CRANE_2, 1L), tuple(CRANE_2, 2L));
            assertThat(query(c, "SELECT asset_id, last_value FROM equipment_channel WHERE channel = 'load_t' ORDER BY asset_id"))
                    .containsExactly(tuple(CRANE, 103.0), tuple(CRANE_2, 12.0));
        }
    }

    private static List<Tuple> query(Connection c, String sql) throws SQLException {
        List<Tuple> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(tuple(rs.getObject(1), rs.getObject(2)));
            }
        }
        return rows;
    }
}
