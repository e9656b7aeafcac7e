package io.shiptwin.streams.kpi;

import io.shiptwin.model.DecodeResult;
import io.shiptwin.model.EnvelopeCodec;
import io.shiptwin.model.YardEvent;
import io.shiptwin.streams.twin.RawRecord;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time of a raw record: the simulated clock of its envelope, never the Kafka or wall-clock time (the feed
 * runs days ahead of the wall clock). An unreadable record gets {@link Long#MIN_VALUE}, so it cannot move the
 * watermark; it becomes a dead letter downstream. Decoding here, at the source, gives a watermark per Kafka
 * partition: a partition read ahead of another cannot make the other's events late.
 */
public final class EventTimeOfRecord implements SerializableTimestampAssigner<RawRecord> {
    /** A partition that sent nothing for this long (wall clock) stops holding the watermark back. */
    public static final Duration SOURCE_IDLENESS = Duration.ofSeconds(5);

    @Override
    public long extractTimestamp(RawRecord r, long recordTimestamp) {
        DecodeResult<YardEvent> d = EnvelopeCodec.decode(r.value());
        return d instanceof DecodeResult.Decoded<YardEvent> ok ? ok.value().eventTimeMillis() : Long.MIN_VALUE;
    }

    /** Bounded out-of-orderness on the simulated clock, per partition, with idle partitions left out. */
    public static WatermarkStrategy<RawRecord> watermarks(Duration outOfOrderness) {
        return WatermarkStrategy.<RawRecord>forBoundedOutOfOrderness(outOfOrderness)
                .withTimestampAssigner(new EventTimeOfRecord())
                .withIdleness(SOURCE_IDLENESS);
    }
}
