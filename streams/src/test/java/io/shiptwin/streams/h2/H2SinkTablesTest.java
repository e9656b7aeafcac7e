package io.shiptwin.streams.h2;

import static io.shiptwin.streams.twin.Readings.CRANE;
import static io.shiptwin.streams.twin.Readings.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.EquipmentHistoryChunks;
import io.shiptwin.model.EquipmentHistoryChunks.Version;
import io.shiptwin.model.TelemetryReading;
import io.shiptwin.streams.twin.DroppedEvent;
import io.shiptwin.streams.twin.EquipmentAccumulator;
import io.shiptwin.streams.twin.EquipmentTwin;
import io.shiptwin.streams.twin.RawRecord;
import io.shiptwin.streams.twin.Readings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table writers against a real H2 file database: idempotent under replay, never moving a twin back. */
class H2SinkTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Connection connection;
    /** Versions 1..5 of one crane twin; index i holds version i + 1. */
    private final List<EquipmentTwin> versions = new ArrayList<>();

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath());
        H2Sink.createTables(connection);
        connection.setAutoCommit(false);

        double[][] values = {{100, 6}, {140, 4.5}, {120, 7.25}, {80, 3}, {110, 5.5}};
        EquipmentAccumulator acc = new EquipmentAccumulator();
        for (int i = 0; i < values.length; i++) {
            TelemetryReading r = Readings.crane(CRANE, "evt-" + (i + 1), i + 1, T0 + i * 1000L, values[i][0], values[i][1]);
            acc.apply(r);
            versions.add(acc.snapshot(r, T0 + 60_000 + i));
        }
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        connection.close();
    }

    private EquipmentTwin version(int v) {
        return versions.get(v - 1);
    }

    private void writeBatch(TableWriter<EquipmentTwin> table, EquipmentTwin... twins) throws SQLException {
        for (EquipmentTwin t : twins) {
            table.add(t);
        }
        table.execute();
        connection.commit();
    }

    /** Versions 1..5 one batch each, then 3..5 replayed (as after a restore), then the stale version 2. */
    private void writeWithReplayAndStaleVersion() throws SQLException {
        EquipmentTwinTable table = new EquipmentTwinTable();
        table.open(connection);
        try {
            for (int v = 1; v <= 5; v++) {
                writeBatch(table, version(v));
            }
            writeBatch(table, version(3), version(4), version(5));
            writeBatch(table, version(2));
        } finally {
            table.close();
        }
    }

    /** The crane's history, oldest version first. */
    private List<Version> history() throws SQLException {
        return EquipmentHistoryChunks.all(connection, CRANE);
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void currentTwinStaysAtTheNewestVersionAfterReplayAndStaleWrite() throws SQLException {
        writeWithReplayAndStaleVersion();

        assertThat(rows("SELECT asset_id, version, event_count, last_event_id, last_sequence FROM equipment_twin"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("asset_id")).isEqualTo(CRANE);
                    assertThat(row.get("version")).isEqualTo(5L);
                    assertThat(row.get("event_count")).isEqualTo(5L);
                    assertThat(row.get("last_event_id")).isEqualTo("evt-5");
                    assertThat(row.get("last_sequence")).isEqualTo(5L);
                });
    }

    @Test
    void channelRowsHoldTheValuesOfTheNewestVersion() throws SQLException {
        writeWithReplayAndStaleVersion();

        List<Map<String, Object>> channels = rows("""
                SELECT channel, last_value, min_value, max_value, mean_value, samples, version
                FROM equipment_channel WHERE asset_id = '%s' ORDER BY channel""".formatted(CRANE));

        assertThat(channels).extracting(r -> r.get("channel")).containsExactly("load_t", "wind_ms");
        Map<String, Object> load = channels.get(0);
        assertThat(load.get("version")).isEqualTo(5L);
        assertThat(load.get("samples")).isEqualTo(5L);
        assertThat(load.get("last_value")).isEqualTo(110.0);
        assertThat(load.get("min_value")).isEqualTo(80.0);
        assertThat(load.get("max_value")).isEqualTo(140.0);
        assertThat((Double) load.get("mean_value")).isCloseTo(110.0, within(1e-9));
        Map<String, Object> wind = channels.get(1);
        assertThat(wind.get("version")).isEqualTo(5L);
        assertThat(wind.get("last_value")).isEqualTo(5.5);
        assertThat(wind.get("min_value")).isEqualTo(3.0);
        assertThat(wind.get("max_value")).isEqualTo(7.25);
        assertThat((Double) wind.get("mean_value")).isCloseTo(26.25 / 5, within(1e-9));
    }

    @Test
    void historyHasExactlyOneRowPerVersionDespiteReplay() throws SQLException {
        writeWithReplayAndStaleVersion();

        assertThat(history())
                .extracting(Version::version, Version::eventId)
                .containsExactly(
                        tuple(1L, "evt-1"),
                        tuple(2L, "evt-2"),
                        tuple(3L, "evt-3"),
                        tuple(4L, "evt-4"),
                        tuple(5L, "evt-5"));
    }

    @Test
    void aReplayThatRunsPastTheWrittenVersionsAddsTheNewOnesAndKeepsEachVersionOnce() throws SQLException {
        EquipmentTwinTable table = new EquipmentTwinTable();
        table.open(connection);
        try {
            writeBatch(table, version(1), version(2), version(3));
            // After a restore the job applies 2 and 3 again (stamped later) and goes on with 4 and 5, in one batch:
            // their chunk holds each version once, the replayed one in place of the first.
            writeBatch(table, replayed(version(2), 7_000), replayed(version(3), 7_000), version(4), version(5));
        } finally {
            table.close();
        }

        assertThat(history())
                .extracting(Version::version, Version::eventId, Version::twinUpdatedMillis)
                .containsExactly(
                        tuple(1L, "evt-1", version(1).updatedAtMillis()),
                        tuple(2L, "evt-2", version(2).updatedAtMillis() + 7_000),
                        tuple(3L, "evt-3", version(3).updatedAtMillis() + 7_000),
                        tuple(4L, "evt-4", version(4).updatedAtMillis()),
                        tuple(5L, "evt-5", version(5).updatedAtMillis()));
        assertThat(rows("SELECT version FROM equipment_twin")).extracting(r -> r.get("version")).containsExactly(5L);
    }

    private static EquipmentTwin replayed(EquipmentTwin t, long laterMillis) {
        return new EquipmentTwin(t.assetId(), t.assetType(), t.site(), t.area(), t.version(), t.lastEventId(), t.lastSequence(),
                t.lastEventTimeMillis(), t.updatedAtMillis() + laterMillis, t.channels(), t.last(), t.min(), t.max(), t.mean(),
                t.samples(), t.applied(), t.trace());
    }

    @Test
    void historyReadingsHoldTheJsonOfEachEventsReadings() throws Exception {
        writeWithReplayAndStaleVersion();

        List<Version> history = history();

        assertThat(history).hasSize(5);
        for (Version v : history) {
            TelemetryReading applied = version((int) v.version()).applied();
            Map<String, Object> readings = JSON.readValue(v.readings(), new TypeReference<>() { });
            assertThat(readings).containsExactly(
                    Map.entry("load_t", applied.values()[0]), Map.entry("wind_ms", applied.values()[1]));
        }
    }

    @Test
    void oneBatchWithManyVersionsWritesEveryHistoryRowAndTheNewestCurrentRow() throws SQLException {
        EquipmentTwinTable table = new EquipmentTwinTable();
        table.open(connection);
        writeBatch(table, version(1), version(2), version(4), version(3));
        table.close();

        assertThat(rows("SELECT version FROM equipment_twin")).extracting(r -> r.get("version")).containsExactly(4L);
        assertThat(rows("SELECT version FROM equipment_channel")).extracting(r -> r.get("version")).containsOnly(4L);
        assertThat(history()).extracting(Version::version).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void sameDroppedEventWrittenTwiceIsStoredOnce() throws SQLException {
        RawRecord raw = new RawRecord("yard.telemetry.raw", 2, 314L, CRANE, "not json".getBytes(), T0);
        DroppedEvent dead = DroppedEvent.deadLetter(raw, "not JSON: boom", T0);
        DroppedEventTable table = new DroppedEventTable();
        table.open(connection);
        for (int replay = 0; replay < 2; replay++) {
            table.add(dead);
            table.execute();
            connection.commit();
        }
        table.close();

        assertThat(rows("SELECT source_topic, source_partition, source_offset, kind, event_id, asset_id, source_key, reason FROM dropped_events"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("source_topic")).isEqualTo("yard.telemetry.raw");
                    assertThat(row.get("source_partition")).isEqualTo(2);
                    assertThat(row.get("source_offset")).isEqualTo(314L);
                    assertThat(row.get("kind")).isEqualTo("DEAD_LETTER");
                    assertThat(row.get("event_id")).isNull();
                    assertThat(row.get("asset_id")).isNull();
                    assertThat(row.get("source_key")).isEqualTo(CRANE);
                    assertThat(row.get("reason")).isEqualTo("not JSON: boom");
                });
    }
}
