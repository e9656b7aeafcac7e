package io.shiptwin.streams.twin;

import io.shiptwin.model.TelemetryReading;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A valid reading and where it came from (so that a drop or a twin value can be traced to its record). Between tasks
 * it travels in {@link IngestedReadingSerializer}'s form. Like every element type of the job, never written once built:
 * chained operators share it (object reuse) and its serializer hands it on as it is, its reading's arrays included.
 */
@TypeInfo(IngestedReadingSerializer.Factory.class)
public record IngestedReading(TelemetryReading reading, String sourceTopic, int sourcePartition, long sourceOffset,
                              EventTrace trace) {

    public IngestedReading(TelemetryReading reading, String sourceTopic, int sourcePartition, long sourceOffset) {
        this(reading, sourceTopic, sourcePartition, sourceOffset, new EventTrace(sourceTopic, sourcePartition, sourceOffset, -1, -1));
    }
}
