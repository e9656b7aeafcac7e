package io.shiptwin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shiptwin.model.EquipmentHistoryChunks.Version;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The equipment history's chunks against a real (in-memory) H2: what the writer stores and what readers get back. */
class EquipmentHistoryChunksTest {
    private static final String CRANE = "88.118.8001/yard/crane/gc-1";
    private static final String PUMP = "88.118.8001/yard/pump/p-1";
    private static final long T0 = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();

    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:h2:mem:chunks-" + System.nanoTime());
        try (Statement s = c.createStatement()) {
            for (String ddl : TwinTables.DDL) {
                s.execute(ddl);
            }
        }
        c.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    /** Version v of an asset, its event v seconds after T0 (shifted by {@code lateSeconds}), traced or not. */
    private static Version version(String asset, long v, long lateSeconds, boolean traced) {
        return new Version(asset, v, asset.substring(asset.lastIndexOf('/') + 1) + "-" + v, T0 + (v - lateSeconds) * 1000,
                "{\"load_t\":" + (v + 0.5) + ",\"wind_ms\":5.0}", traced ? "yard.telemetry.raw" : null, traced ? 1 : null,
                traced ? 100 + v : null, traced ? T0 + 10 : null, traced ? T0 + 11 : null, T0 + v * 1000 + 20);
    }

    private static Version version(String asset, long v) {
        return version(asset, v, 0, true);
    }

    private void write(List<Version> versions, int batch) throws SQLException {
        EquipmentHistoryWriter w = new EquipmentHistoryWriter(c);
        for (int i = 0; i < versions.size(); i++) {
            w.add(versions.get(i));
            if ((i + 1) % batch == 0) {
                w.flush();
            }
        }
        w.flush();
        w.close();
        c.commit();
    }

    @Test
    void aVersionSurvivesEncodingWithEveryFieldAndWithoutItsTrace() {
        Version traced = new Version(CRANE, 7, "odd \"id\"\\with,quotes", T0, "{\"load_t\":1.0E10,\"wind_ms\":-0.25}",
                "yard.telemetry.raw", 2, 314L, T0 + 1, T0 + 2, T0 + 3);
        Version bare = version(CRANE, 8, 0, false);

        List<Version> back = EquipmentHistoryChunks.decode(CRANE,
                "[" + EquipmentHistoryChunks.encode(traced) + "," + EquipmentHistoryChunks.encode(bare) + "]");

        assertThat(back).containsExactly(traced, bare);
    }

    @Test
    void theWritersReusedGeneratorEncodesEachVersionAsAFreshOneDoes() {
        JsonText text = new JsonText(EquipmentHistoryChunks.JSON);
        Version odd = new Version(CRANE, 7, "odd \"id\"\\with,quotes", T0, "{\"load_t\":1.0E10}", "yard.telemetry.raw", 2, 314L,
                T0 + 1, T0 + 2, T0 + 3);
        for (Version v : List.of(version(CRANE, 1), version(CRANE, 2, 0, false), odd, version(PUMP, 3, 5, true))) {
            assertThat(EquipmentHistoryChunks.encode(text, v)).isEqualTo(EquipmentHistoryChunks.encode(v));
        }
    }

    @Test
    void versionsAreStoredThirtyTwoARowInVersionOrderWhateverOrderAndBatchesTheyCameIn() throws SQLException {
        List<Version> versions = new ArrayList<>();
        LongStream.rangeClosed(1, 70).forEach(v -> versions.add(version(CRANE, v)));
        List<Version> shuffled = new ArrayList<>(versions);
        Collections.shuffle(shuffled, new Random(7));

        write(shuffled, 9);

        assertThat(EquipmentHistoryChunks.all(c, CRANE)).containsExactlyElementsOf(versions);
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT first_version, last_version, events,"
                + " min_event_time, max_event_time FROM " + TwinTables.EQUIPMENT_HISTORY + " ORDER BY first_version")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + ".." + rs.getLong(2) + " " + rs.getInt(3) + " "
                        + rs.getObject(4, java.time.OffsetDateTime.class).toInstant() + " "
                        + rs.getObject(5, java.time.OffsetDateTime.class).toInstant());
            }
        }
        assertThat(rows).containsExactly(
                "1..32 32 2026-03-02T08:00:01Z 2026-03-02T08:00:32Z",
                "33..64 32 2026-03-02T08:00:33Z 2026-03-02T08:01:04Z",
                "65..70 6 2026-03-02T08:01:05Z 2026-03-02T08:01:10Z");
    }

    @Test
    void aReplayAfterARestartReplacesItsVersionsAndKeepsTheOthersOfTheirChunk() throws SQLException {
        List<Version> first = new ArrayList<>();
        LongStream.rangeClosed(1, 50).forEach(v -> first.add(version(CRANE, v)));
        write(first, 20);

        // A new writer (the task restarted): versions 40..45 again, stamped later, then 51.
        List<Version> replay = new ArrayList<>();
        LongStream.rangeClosed(40, 45).forEach(v -> replay.add(withTwinUpdated(version(CRANE, v), 99)));
        replay.add(version(CRANE, 51));
        write(replay, 100);

        List<Version> expected = new ArrayList<>(first);
        for (int v = 40; v <= 45; v++) {
            expected.set(v - 1, withTwinUpdated(version(CRANE, v), 99));
        }
        expected.add(version(CRANE, 51));
        assertThat(EquipmentHistoryChunks.all(c, CRANE)).containsExactlyElementsOf(expected);
    }

    @Test
    void aReplayOfAChunksFirstVersionKeepsTheRestOfTheChunk() throws SQLException {
        List<Version> first = new ArrayList<>();
        LongStream.rangeClosed(1, 40).forEach(v -> first.add(version(CRANE, v)));
        write(first, 100);

        write(List.of(withTwinUpdated(version(CRANE, 33), 99)), 100); // a new writer, as after a restore

        List<Version> expected = new ArrayList<>(first);
        expected.set(32, withTwinUpdated(version(CRANE, 33), 99));
        assertThat(EquipmentHistoryChunks.all(c, CRANE)).containsExactlyElementsOf(expected);
    }

    @Test
    void aChunkPushedOutOfMemoryIsReadBackBeforeItGrows() throws SQLException {
        EquipmentHistoryWriter w = new EquipmentHistoryWriter(c, 1);
        w.add(version(CRANE, 1));
        w.add(version(PUMP, 1));
        w.flush(); // two open chunks, one allowed: the crane's (least recently written) goes
        assertThat(w.openChunks()).isEqualTo(1);
        w.add(version(CRANE, 2));
        w.flush();
        w.close();
        c.commit();

        assertThat(EquipmentHistoryChunks.all(c, CRANE)).containsExactly(version(CRANE, 1), version(CRANE, 2));
        assertThat(EquipmentHistoryChunks.all(c, PUMP)).containsExactly(version(PUMP, 1));
    }

    @Test
    void onlyChunksTheTableMayHoldAreLookedUpANewOneIsNot() throws SQLException {
        List<Version> stored = new ArrayList<>();
        LongStream.rangeClosed(1, 70).forEach(v -> stored.add(version(CRANE, v)));
        write(stored, 100); // chunks 1, 33 and 65, the last one not full

        EquipmentHistoryWriter w = new EquipmentHistoryWriter(c);
        for (long v = 71; v <= 130; v++) { // fills chunk 65, then chunks 97 and 129 are new
            w.add(version(CRANE, v));
            if (v % 10 == 0) {
                w.flush();
            }
        }
        w.add(version(PUMP, 1)); // an asset the table does not know
        w.flush();
        assertThat(w.readBacks()).as("chunk 65 only").isEqualTo(1);
        w.add(withTwinUpdated(version(CRANE, 40), 99)); // a replayed version of a stored chunk is merged into it
        w.flush();
        assertThat(w.readBacks()).isEqualTo(2);
        w.close();
        c.commit();

        List<Version> expected = new ArrayList<>(stored);
        LongStream.rangeClosed(71, 130).forEach(v -> expected.add(version(CRANE, v)));
        expected.set(39, withTwinUpdated(version(CRANE, 40), 99));
        assertThat(EquipmentHistoryChunks.all(c, CRANE)).containsExactlyElementsOf(expected);
        assertThat(EquipmentHistoryChunks.all(c, PUMP)).containsExactly(version(PUMP, 1));
    }

    @Test
    void aFullChunkLeavesMemory() throws SQLException {
        EquipmentHistoryWriter w = new EquipmentHistoryWriter(c);
        for (long v = 1; v <= EquipmentHistoryChunks.CHUNK_VERSIONS; v++) {
            w.add(version(CRANE, v));
        }
        w.add(version(PUMP, 1));
        w.flush();
        assertThat(w.openChunks()).isEqualTo(1);
        w.close();
    }

    @Test
    void newestAndBetweenAnswerNewestVersionFirstWithinTheTimeRange() throws SQLException {
        List<Version> versions = new ArrayList<>();
        LongStream.rangeClosed(1, 100).forEach(v -> versions.add(version(CRANE, v)));
        write(versions, 1000);

        assertThat(EquipmentHistoryChunks.newest(c, CRANE, 3)).extracting(Version::version).containsExactly(100L, 99L, 98L);
        assertThat(EquipmentHistoryChunks.between(c, CRANE, Instant.ofEpochMilli(T0 + 30_000), Instant.ofEpochMilli(T0 + 34_000), 10))
                .extracting(Version::version).containsExactly(34L, 33L, 32L, 31L, 30L);
        assertThat(EquipmentHistoryChunks.between(c, CRANE, null, Instant.ofEpochMilli(T0 + 40_000), 2))
                .extracting(Version::version).containsExactly(40L, 39L);
        assertThat(EquipmentHistoryChunks.between(c, CRANE, Instant.ofEpochMilli(T0 + 99_000), null, 10))
                .extracting(Version::version).containsExactly(100L, 99L);
        assertThat(EquipmentHistoryChunks.newest(c, "no/such/asset", 3)).isEmpty();
    }

    @Test
    void latestAsOfOrdersByEventTimeAcrossChunksWhenEventsCameLate() throws SQLException {
        List<Version> versions = new ArrayList<>();
        LongStream.rangeClosed(1, 64).forEach(v -> versions.add(version(CRANE, v)));
        // Version 33 (the second chunk's first) carries the latest event time before 20.5 s: it came 13 s late.
        versions.set(32, version(CRANE, 33, 13, true));
        write(versions, 1000);

        List<Version> asOf = EquipmentHistoryChunks.latestAsOf(c, CRANE, Instant.ofEpochMilli(T0 + 20_500), 3);

        assertThat(asOf).extracting(Version::version).containsExactly(33L, 20L, 19L);
        assertThat(EquipmentHistoryChunks.latestAsOf(c, CRANE, Instant.ofEpochMilli(T0), 3)).isEmpty();
    }

    @Test
    void countAddsWholeChunksAndCountsTheVersionsOfPartlyCoveredOnes() throws SQLException {
        List<Version> versions = new ArrayList<>();
        LongStream.rangeClosed(1, 100).forEach(v -> versions.add(version(CRANE, v)));
        write(versions, 1000);

        assertThat(EquipmentHistoryChunks.count(c, CRANE, null, Instant.ofEpochMilli(T0 + 100_000))).isEqualTo(100);
        assertThat(EquipmentHistoryChunks.count(c, CRANE, Instant.ofEpochMilli(T0 + 10_000), Instant.ofEpochMilli(T0 + 70_000)))
                .isEqualTo(60); // 11..70: part of the first chunk, all of the second, part of the third
        assertThat(EquipmentHistoryChunks.count(c, CRANE, Instant.ofEpochMilli(T0 + 32_000), Instant.ofEpochMilli(T0 + 64_000)))
                .isEqualTo(32); // exactly the second chunk
        assertThat(EquipmentHistoryChunks.count(c, CRANE, null, Instant.ofEpochMilli(T0))).isZero();
        assertThat(EquipmentHistoryChunks.firstEventTime(c, CRANE)).contains(Instant.ofEpochMilli(T0 + 1000));
        assertThat(EquipmentHistoryChunks.firstEventTime(c, PUMP)).isEmpty();
    }

    @Test
    void anEventIdIsFoundExactlyNotAsThePrefixOfAnother() throws SQLException {
        List<Version> versions = new ArrayList<>();
        LongStream.rangeClosed(1, 40).forEach(v -> versions.add(version(CRANE, v)));
        versions.add(version(PUMP, 1));
        Version oddId = new Version(PUMP, 2, "p \"quoted\" \\ 1", T0, "{}", null, null, null, null, null, T0);
        versions.add(oddId);
        write(versions, 1000);

        assertThat(EquipmentHistoryChunks.withEventId(c, oddId.eventId())).containsExactly(oddId);
        assertThat(EquipmentHistoryChunks.withEventId(c, "gc-1-1")).containsExactly(version(CRANE, 1));
        assertThat(EquipmentHistoryChunks.withEventId(c, "gc-1-33")).containsExactly(version(CRANE, 33));
        assertThat(EquipmentHistoryChunks.withEventId(c, "gc-1-")).isEmpty();
        assertThat(EquipmentHistoryChunks.withEventId(c, "p-1-1")).containsExactly(version(PUMP, 1));
    }

    @Test
    void forEachSinceSkipsChunksWhollyBeforeTheTime() throws SQLException {
        List<Version> versions = new ArrayList<>();
        LongStream.rangeClosed(1, 70).forEach(v -> versions.add(version(CRANE, v)));
        write(versions, 1000);

        List<Long> seen = new ArrayList<>();
        EquipmentHistoryChunks.forEachSince(c, Instant.ofEpochMilli(T0 + 40_000), v -> seen.add(v.version()));

        assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(33, 70).boxed().toList());
    }

    @Test
    void aChunkThatIsNotAJsonArraySaysWhoseItIs() {
        assertThatThrownBy(() -> EquipmentHistoryChunks.decode(CRANE, "{\"version\":1}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(CRANE).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> EquipmentHistoryChunks.chunkOf(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EquipmentHistoryChunks.chunkOf(1)).isEqualTo(1);
        assertThat(EquipmentHistoryChunks.chunkOf(32)).isEqualTo(1);
        assertThat(EquipmentHistoryChunks.chunkOf(33)).isEqualTo(33);
    }

    private static Version withTwinUpdated(Version v, long plusMillis) {
        return new Version(v.assetId(), v.version(), v.eventId(), v.eventTimeMillis(), v.readings(), v.sourceTopic(),
                v.sourcePartition(), v.sourceOffset(), v.bridgeReceivedMillis(), v.kafkaAppendedMillis(), v.twinUpdatedMillis() + plusMillis);
    }
}
