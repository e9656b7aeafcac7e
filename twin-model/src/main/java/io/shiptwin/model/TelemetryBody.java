package io.shiptwin.model;

import static io.shiptwin.model.EnvelopeCodec.MAX_CHANNELS;
import static io.shiptwin.model.EnvelopeCodec.MAX_NAME_LENGTH;

import com.fasterxml.jackson.databind.JsonNode;
import io.shiptwin.model.JsonFields.Invalid;
import java.util.Iterator;
import java.util.Map;

/** The telemetry body, read straight into parallel arrays: the hot path of the Flink validation step. */
final class TelemetryBody {
    private TelemetryBody() {
    }

    static TelemetryReading read(JsonNode body, String eventId, String assetId, long sequence, long eventTimeMillis,
            String site, String area, String assetType) {
        JsonNode readings = JsonFields.object(body, "readings", "$.body.readings");
        int n = readings.size();
        if (n == 0) {
            throw new Invalid("$.body.readings: expected at least one channel, got none");
        }
        if (n > MAX_CHANNELS) {
            throw new Invalid("$.body.readings: at most " + MAX_CHANNELS + " channels, got " + n);
        }
        String[] channels = new String[n];
        double[] values = new double[n];
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = readings.fields(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().isEmpty() || e.getKey().length() > MAX_NAME_LENGTH) {
                throw new Invalid("$.body.readings: channel names must be 1.." + MAX_NAME_LENGTH + " characters, got '" + e.getKey() + "'");
            }
            if (!e.getValue().isNumber()) {
                throw new Invalid("$.body.readings." + e.getKey() + ": expected number, got " + JsonFields.kind(e.getValue()));
            }
            values[i] = e.getValue().doubleValue();
            if (!Double.isFinite(values[i])) {
                throw new Invalid("$.body.readings." + e.getKey() + ": expected finite number, got " + JsonFields.kind(e.getValue()));
            }
            channels[i] = e.getKey();
        }
        return new TelemetryReading(eventId, assetId, sequence, eventTimeMillis, site, area, assetType, channels, values);
    }
}
