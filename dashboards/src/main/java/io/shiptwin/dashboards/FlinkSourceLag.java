package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shiptwin.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How many records of {@code yard.telemetry.raw} the running twin job has not fetched yet, read from the job
 * itself through Flink's REST API: the Kafka source's {@code pendingRecords} metric (Flink's standard source lag,
 * the Kafka consumer's {@code records-lag} summed over partitions), summed over the source's subtasks.
 *
 * <p>Why not the consumer group's committed offsets: the Kafka source commits them only when a checkpoint
 * completes, so a lag computed from them grows by a whole checkpoint interval of events between two checkpoints
 * even when the job keeps up, and says nothing about the job's position in between.
 *
 * <p>Flink's REST API serves metrics its JobManager fetched at most {@code metrics.fetcher.update-interval} ago
 * (default 10 s; the embedded cluster and docker-compose set 1 s). Each read asks for the running job by name
 * (a restored job has a new id) and remembers the source's vertex and metric id for that job. Any failure —
 * no Flink at that address, no running job, the metric not registered yet (before the first fetch) — gives
 * an empty result, and the caller falls back to committed offsets. Not thread-safe; {@link PipelineStatus}
 * calls it from one thread at a time.
 */
final class FlinkSourceLag {
    private static final Logger LOG = LoggerFactory.getLogger(FlinkSourceLag.class);
    private static final String SOURCE_VERTEX = "Source: " + Topics.TELEMETRY_RAW;
    private static final String PENDING_RECORDS = ".pendingRecords";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI rest;
    private final Duration timeout;
    private final HttpClient http;
    private String job;
    private String metricsPath;
    /** Whether the last read gave a lag; a change is logged once, so that an operator sees which lag is shown. */
    private Boolean answering;

    /** @param restUrl the Flink REST address, e.g. {@code http://flink-jobmanager:8081} */
    FlinkSourceLag(String restUrl, Duration timeout) {
        this.rest = URI.create(restUrl.endsWith("/") ? restUrl : restUrl + "/");
        if (!"http".equals(rest.getScheme()) && !"https".equals(rest.getScheme()) || rest.getHost() == null) {
            throw new IllegalArgumentException("Flink REST address must be http(s)://host:port, got '" + restUrl + "'");
        }
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The job's pending records on {@code yard.telemetry.raw}, or empty when Flink cannot tell now. */
    OptionalLong pendingRecords() {
        try {
            String running = runningJob();
            if (running == null) {
                return unanswered("no running job named " + Topics.EQUIPMENT_TWIN_JOB);
            }
            if (!running.equals(job)) {
                job = null; // until its source's metric is found
                metricsPath = sourceMetricsPath(running);
                if (metricsPath == null) {
                    return unanswered("job " + running + " has no pendingRecords on its " + SOURCE_VERTEX + " yet");
                }
                job = running;
            }
            JsonNode values = get(metricsPath);
            if (!values.isArray() || values.isEmpty() || !values.get(0).has("sum")) {
                return unanswered("the JobManager has not fetched the metric yet");
            }
            if (!Boolean.TRUE.equals(answering)) {
                LOG.info("consumer lag of the twin job read from the job itself, through Flink's REST API at {}", rest);
                answering = true;
            }
            return OptionalLong.of(Math.round(values.get(0).get("sum").asDouble()));
        } catch (IOException | RuntimeException e) {
            job = null;
            return unanswered(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private OptionalLong unanswered(String why) {
        if (!Boolean.FALSE.equals(answering)) {
            LOG.info("consumer lag of the twin job counted from committed offsets: no lag from Flink's REST API at {} ({})",
                    rest, why);
            answering = false;
        } else {
            LOG.debug("no lag from Flink at {}: {}", rest, why);
        }
        return OptionalLong.empty();
    }

    /** The id of the running twin job, or null. */
    private String runningJob() throws IOException, InterruptedException {
        for (JsonNode j : get("jobs/overview").path("jobs")) {
            if (Topics.EQUIPMENT_TWIN_JOB.equals(j.path("name").asText()) && "RUNNING".equals(j.path("state").asText())) {
                return j.path("jid").asText();
            }
        }
        return null;
    }

    /** The request for the summed pendingRecords of the telemetry source's vertex, or null when not registered yet. */
    private String sourceMetricsPath(String jid) throws IOException, InterruptedException {
        for (JsonNode v : get("jobs/" + jid).path("vertices")) {
            String name = v.path("name").asText();
            if (name.equals(SOURCE_VERTEX) || name.startsWith(SOURCE_VERTEX + " ->")) {
                String path = "jobs/" + jid + "/vertices/" + v.path("id").asText() + "/subtasks/metrics";
                for (JsonNode m : get(path)) {
                    String id = m.path("id").asText();
                    if (id.endsWith(PENDING_RECORDS)) {
                        return path + "?agg=sum&get=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return null;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(rest.resolve(path)).timeout(timeout).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
