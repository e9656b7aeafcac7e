package io.shiptwin.streams.kpi;

import static io.shiptwin.streams.kpi.YardEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.kpi.CgtFormula;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.KpiTable;
import io.shiptwin.streams.h2.LateEventTable;
import io.shiptwin.streams.h2.WatermarkTable;
import io.shiptwin.streams.lifecycle.DecodeBusinessEvents;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.RawRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI path in a real Flink job: raw envelopes timestamped by {@link EventTimeOfRecord}, decoded, fanned out,
 * windowed, and written by the H2 tables. The watermark follows each event (punctuated, no out-of-orderness) so
 * which event is late does not depend on timing.
 */
class KpiPipelineFlinkTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(1)
            .build());

    @TempDir
    Path tmp;

    /** A watermark at each event's time, right after it. */
    static final class EveryEvent implements WatermarkGenerator<RawRecord> {
        private long max = Long.MIN_VALUE;

        @Override
        public void onEvent(RawRecord r, long ts, WatermarkOutput out) {
            max = Math.max(max, ts);
            out.emitWatermark(new Watermark(max));
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput out) {
        }
    }

    @Test
    void steelThroughputOfHourAndDayInH2AndTheLateDeliveryStoredWithItsWatermark() throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
        List<BusinessEvent> events = List.of(
                YardEvents.steel("s1", at("10:05"), 120),
                YardEvents.steel("s2", at("10:40"), 80),
                YardEvents.energy("k1", at("10:45"), 1000),
                YardEvents.steel("s3", at("12:30"), 10),
                YardEvents.steel("late", at("10:20"), 999),
                YardEvents.steel("s4", at("12:40"), 5));
        List<RawRecord> raw = new ArrayList<>();
        long offset = 0;
        for (BusinessEvent e : events) {
            raw.add(new RawRecord("yard.events.raw", 0, offset++, e.assetId(), EnvelopeCodec.encode(e), 0));
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        SingleOutputStreamOperator<IngestedEvent> decoded = env.fromData(raw)
                .assignTimestampsAndWatermarks(WatermarkStrategy.<RawRecord>forGenerator(ctx -> new EveryEvent())
                        .withTimestampAssigner(new EventTimeOfRecord()))
                .process(new DecodeBusinessEvents());
        SingleOutputStreamOperator<KpiValue> kpis = decoded.getSideOutput(DecodeBusinessEvents.ALL_EVENTS)
                .keyBy(PlannedFinishFunction.ENTITY)
                .process(new PlannedFinishFunction())
                .flatMap(new KpiJob.FanOut())
                .keyBy(ScopedEvent::scope)
                .process(new KpiWindowFunction(Duration.ofHours(1), Duration.ofHours(6), StandardStageDurations.defaults(),
                        CgtFormula.BULK_CARRIER, "yard.events.raw"));
        kpis.sinkTo(new H2Sink<>(url, KpiTable::new, 10, 20));
        kpis.getSideOutput(KpiWindowFunction.LATE_EVENTS).sinkTo(new H2Sink<>(url, LateEventTable::new, 10, 20));
        kpis.getSideOutput(KpiWindowFunction.WATERMARKS).sinkTo(new H2Sink<>(url, WatermarkTable::new, 10, 20));
        env.execute("kpi-pipeline-test");

        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(value(c, "steel_throughput_t", "yard:wenchong", "HOUR", "10:00")).isEqualTo(200.0);
            assertThat(value(c, "energy_per_tonne_kwh", "yard:wenchong", "HOUR", "10:00")).isEqualTo(5.0);
            assertThat(value(c, "steel_throughput_t", "yard:wenchong", "HOUR", "12:00")).isEqualTo(15.0);
            assertThat(value(c, "steel_throughput_t", "yard:wenchong", "SHIFT", "06:00")).isEqualTo(215.0);
            assertThat(value(c, "steel_throughput_t", "yard:wenchong", "DAY", "00:00")).as("without the late 999 t").isEqualTo(215.0);
            assertThat(value(c, "steel_throughput_t", "area:wenchong/stockyard", "DAY", "00:00")).isEqualTo(215.0);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT kind, event_id, watermark_at, reason FROM dropped_events")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("LATE");
                assertThat(rs.getString(2)).isEqualTo("late");
                assertThat(rs.getObject(3, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(at("12:30"));
                assertThat(rs.getString(4)).startsWith("late:");
                assertThat(rs.next()).as("one row for the late event, not one per scope").isFalse();
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT max_event_at, events FROM watermarks WHERE source = 'yard.events.raw'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli()).isEqualTo(at("12:40"));
            }
        }
    }

    private static double value(Connection c, String kpi, String scope, String window, String start) throws SQLException {
        try (var s = c.prepareStatement("SELECT kpi_value FROM kpis WHERE kpi = ? AND scope = ? AND window_kind = ? AND window_start = ?")) {
            s.setString(1, kpi);
            s.setString(2, scope);
            s.setString(3, window);
            s.setObject(4, OffsetDateTime.parse("2026-03-02T" + start + ":00Z"));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("%s %s %s %s", kpi, scope, window, start).isTrue();
                return rs.getDouble(1);
            }
        }
    }
}
