package io.shiptwin.dashboards;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/raw/{topic}/{partition}/{offset}}: one Kafka record as it was written, the raw message behind a lineage
 * row. 400 for a topic that is not the yard's or a malformed partition or offset, 404 when the record is not in the log
 * (deleted, compacted away, not written yet), 503 when Kafka does not answer; each with {@code error} and
 * {@code reason}.
 */
final class RawApi {
    private final RawMessages raw;

    RawApi(RawMessages raw) {
        this.raw = raw;
    }

    void read(Context ctx, String topic, String partition, String offset) {
        try {
            RawMessages.checkTopic(topic);
            int p = (int) number("partition", partition, Integer.MAX_VALUE);
            long o = number("offset", offset, Long.MAX_VALUE);
            ctx.json(raw.read(new RawMessages.Location(topic, p, o)));
        } catch (RawMessages.NotRead e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("reason", e.reason);
            body.put("topic", topic);
            body.put("partition", partition);
            body.put("offset", offset);
            ctx.status(e.status).json(body);
        }
    }

    private static long number(String name, String text, long max) throws RawMessages.NotRead {
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RawMessages.NotRead(400, "bad-parameter", name + ": expected an integer 0.." + max + ", got '" + text + "'");
        }
        if (n < 0 || n > max) {
            throw new RawMessages.NotRead(400, "bad-parameter", name + ": must be 0.." + max + ", got " + n);
        }
        return n;
    }
}
