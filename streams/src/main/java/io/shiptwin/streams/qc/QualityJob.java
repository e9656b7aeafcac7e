package io.shiptwin.streams.qc;

import io.shiptwin.model.AssetType;
import io.shiptwin.streams.h2.H2Sink;
import io.shiptwin.streams.h2.WeldQualityTable;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import io.shiptwin.streams.twin.EquipmentTwinJob;
import io.shiptwin.streams.twin.IngestedReading;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Quality control joined with welding telemetry ({@link WeldQualityJoin}): the unique welding-robot and paint-booth readings and the
 * business events, per yard, to H2 {@code weld_quality}; the dashboard derives the rates per station from it.
 */
public final class QualityJob {
    private QualityJob() {
    }

    public static void build(DataStream<IngestedReading> uniqueTelemetry, DataStream<IngestedEvent> events, EquipmentTwinJob.Config config) {
        String welding = AssetType.WELDING_ROBOT.topicSegment();
        String booth = AssetType.PAINT_BOOTH.topicSegment();
        uniqueTelemetry.filter(r -> welding.equals(r.reading().assetType()) || booth.equals(r.reading().assetType()))
                .name("welding and booth readings").uid("qc-welding-readings")
                .keyBy(r -> r.reading().site())
                .connect(events.keyBy(e -> e.event().site()))
                .process(new WeldQualityJoin(WeldWindow.fcawDefaults(), config.allowedLateness(), config.dedupRetention())).name("weld quality join").uid("qc-weld-join")
                .sinkTo(new H2Sink<>(config.h2Url(), WeldQualityTable::new, 200, 200)).name("H2 weld quality").uid("h2-weld-quality");
    }
}
