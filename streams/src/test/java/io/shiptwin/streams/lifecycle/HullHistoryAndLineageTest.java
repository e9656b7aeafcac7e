package io.shiptwin.streams.lifecycle;

import static io.shiptwin.model.lifecycle.LifecycleStage.CUTTING;
import static io.shiptwin.model.lifecycle.LifecycleStage.FORMING;
import static io.shiptwin.streams.lifecycle.Hulls.BLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.HullTwinHistoryTable;
import io.shiptwin.streams.h2.TableWriter;
import io.shiptwin.streams.h2.TwinLineageTable;
import io.shiptwin.streams.history.LineageEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hull twin's history and lineage, from the operator (test harness) to real H2 tables: one history row per
 * version with the event's contribution, and a lineage that keeps the last N events in version order.
 */
class HullHistoryAndLineageTest {
    private static final int DEPTH = 4;

    @TempDir
    Path tmp;
    private Connection connection;
    private long offset;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath());
        H2Sink.createTables(connection);
        connection.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private List<HullChange> run(List<BusinessEvent> events) throws Exception {
        try (var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new HullTwinFunction(Duration.ofHours(6))), IngestedEvent::entityId, Types.STRING)) {
            h.setup();
            h.open();
            h.setProcessingTime(4242L);
            for (BusinessEvent e : events) {
                h.processElement(Hulls.ingested(e, offset++), e.eventTimeMillis());
            }
            List<HullChange> changes = new ArrayList<>();
            var side = h.getSideOutput(HullTwinFunction.CHANGES);
            if (side != null) {
                side.stream().map(StreamRecord::getValue).forEach(changes::add);
            }
            return changes;
        }
    }

    private <T> void write(TableWriter<T> table, List<T> records) throws SQLException {
        table.open(connection);
        for (T r : records) {
            table.add(r);
        }
        table.execute();
        connection.commit();
        table.close();
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    @Test
    void everyEventIsAChangeNamingTheFieldItChangedAndItsContribution() throws Exception {
        List<HullChange> changes = run(List.of(
                Hulls.started(BLOCK, "e1", 1, CUTTING),
                Hulls.manHours(BLOCK, "e2", 2, 12.5),
                Hulls.cost(BLOCK, "e3", 3, 900),
                Hulls.inspection(BLOCK, "e4", 4, false),
                Hulls.nc(BLOCK, "e5", 5),
                Hulls.started(BLOCK, "e1", 1, CUTTING))); // a duplicate: no change

        assertThat(changes).extracting(c -> c.twin().version()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(changes).extracting(HullChange::field).containsExactly("stage", "man_hours", "cost_minor_units",
                "inspections_failed", "non_conformances_opened");
        assertThat(changes).extracting(HullChange::eventType).containsExactly("stage-started", "man-hours-booked",
                "cost-booked", "inspection-recorded", "non-conformance-opened");
        assertThat(changes.get(0).eventStage()).isEqualTo("CUTTING");
        assertThat(changes.get(1).manHoursDelta()).isEqualTo(12.5);
        assertThat(changes.get(1).subjectId()).isEqualTo(Hulls.CREW.toString());
        assertThat(changes.get(2).costDelta()).isEqualTo(900);
        assertThat(changes.get(3).inspectionsFailedDelta()).isEqualTo(1);
        assertThat(changes.get(3).subjectId()).isEqualTo(Hulls.INSP.toString());
        assertThat(changes.get(4).sourceOffset()).isEqualTo(4);
        assertThat(changes.get(4).twin().nonConformancesOpened()).isEqualTo(1);
    }

    @Test
    void historyHasOneRowPerVersionWithTheEventTimeTheDeltasAndTheStateAndAReplayChangesNothing() throws Exception {
        List<HullChange> changes = run(List.of(
                Hulls.started(BLOCK, "e1", 1, CUTTING),
                Hulls.manHours(BLOCK, "e2", 2, 10),
                Hulls.manHours(BLOCK, "e3", 3, 2.5),
                Hulls.finished(BLOCK, "e4", 4, CUTTING),
                Hulls.started(BLOCK, "e5", 5, FORMING)));
        write(new HullTwinHistoryTable(), changes);
        String sql = "SELECT version, event_id, event_type, FORMATDATETIME(event_time, 'HH:mm', 'en', 'UTC'), field, event_stage,"
                + " man_hours_delta, stage, man_hours, kind, ship_id, source_offset FROM hull_twin_history ORDER BY version";
        List<String> first = rows(sql);

        assertThat(first).containsExactly(
                "1|e1|stage-started|00:01|stage|CUTTING|0.0|CUTTING|0.0|block|88.118.8001/SHIP-H1234|0",
                "2|e2|man-hours-booked|00:02|man_hours|null|10.0|CUTTING|10.0|block|88.118.8001/SHIP-H1234|1",
                "3|e3|man-hours-booked|00:03|man_hours|null|2.5|CUTTING|12.5|block|88.118.8001/SHIP-H1234|2",
                "4|e4|stage-finished|00:04|stage_finished|CUTTING|0.0|CUTTING|12.5|block|88.118.8001/SHIP-H1234|3",
                "5|e5|stage-started|00:05|stage|FORMING|0.0|FORMING|12.5|block|88.118.8001/SHIP-H1234|4");
        write(new HullTwinHistoryTable(), changes.subList(1, 4)); // replay after a restore
        assertThat(rows(sql)).isEqualTo(first);
    }

    @Test
    void lineageOfNPlusFiveEventsKeepsTheLastNInOrderAndAReplayOfOlderEventsChangesNothing() throws Exception {
        List<BusinessEvent> events = new ArrayList<>();
        IntStream.rangeClosed(1, DEPTH + 5).forEach(n -> events.add(Hulls.manHours(BLOCK, "mh" + n, n, n)));
        List<LineageEntry> lineage = run(events).stream().map(LineageEntry::ofHull).toList();
        assertThat(lineage).hasSize(DEPTH + 5);

        write(new TwinLineageTable(DEPTH), lineage);
        String sql = "SELECT version, event_id, event_type, field, detail, source_topic, source_offset FROM twin_lineage"
                + " WHERE entity_id = '" + BLOCK + "' ORDER BY version";
        List<String> expected = IntStream.rangeClosed(6, DEPTH + 5)
                .mapToObj(n -> n + "|mh" + n + "|man-hours-booked|man_hours|+" + n + ".00|yard.events.raw|" + (n - 1))
                .toList();
        assertThat(rows(sql)).containsExactlyElementsOf(expected);

        write(new TwinLineageTable(DEPTH), lineage.subList(0, 5)); // versions 1..5 again: all older than the slots hold
        assertThat(rows(sql)).containsExactlyElementsOf(expected);
        assertThat(rows("SELECT COUNT(*) FROM twin_lineage")).containsExactly(String.valueOf(DEPTH));
    }

    @Test
    void aSmallerDepthOnTheNextStartDropsTheSlotsBeyondIt() throws Exception {
        List<BusinessEvent> events = new ArrayList<>();
        IntStream.rangeClosed(1, 6).forEach(n -> events.add(Hulls.manHours(BLOCK, "mh" + n, n, 1)));
        List<LineageEntry> lineage = run(events).stream().map(LineageEntry::ofHull).toList();
        write(new TwinLineageTable(6), lineage);
        assertThat(rows("SELECT COUNT(*) FROM twin_lineage")).containsExactly("6");

        write(new TwinLineageTable(2), List.of());

        assertThat(rows("SELECT slot FROM twin_lineage ORDER BY slot")).containsExactly("0", "1");
    }
}
