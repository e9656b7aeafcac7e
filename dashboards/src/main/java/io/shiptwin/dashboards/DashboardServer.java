package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web UI and JSON/SSE API over the twin in H2 and the pipeline counts in Kafka.
 *
 * <p>Routes: {@code GET /} (the page), {@code /api/equipment}, {@code /api/equipment/<assetId>}
 * (or {@code ?id=}), {@code /api/pipeline}, {@code /api/health}, {@code /api/stream} (SSE).
 * The caller owns the {@link PipelineStatus}: closing the server does not close it, so the launcher
 * can still reconcile after the dashboard has stopped.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final String INDEX_RESOURCE = "/io/shiptwin/dashboards/index.html";
    private static final long TICK_MILLIS = 1000;

    private final DashboardConfig config;
    private final DashboardApi api;
    private final PipelineSampler sampler;
    private final EquipmentStream stream;
    private final ObjectMapper json = new ObjectMapper();
    private final String indexHtml;
    private Javalin app;
    private ScheduledExecutorService ticker;

    /**
     * @param h2JdbcUrl JDBC URL of the twin database, e.g. {@code jdbc:h2:file:./data/twin;AUTO_SERVER=TRUE};
     *                  connections are opened per request and closed at once
     */
    public DashboardServer(DashboardConfig config, String h2JdbcUrl, PipelineStatus status, PipelineProbe probe) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(h2JdbcUrl, "h2JdbcUrl");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(probe, "probe");
        this.sampler = new PipelineSampler(status, probe);
        this.api = new DashboardApi(new EquipmentRepository(h2JdbcUrl), sampler, probe, json);
        this.stream = new EquipmentStream(api::equipmentJson);
        this.indexHtml = readIndex();
    }

    /**
     * Binds the port and starts sampling. Throws {@link PortInUseException} (one-line message naming
     * the port and {@link DashboardConfig#portFlag()}) when the port is taken.
     */
    public synchronized DashboardServer start() {
        if (app != null) {
            throw new IllegalStateException("dashboard already started on port " + port());
        }
        Javalin javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.routes.get("/", ctx -> ctx.html(indexHtml));
            cfg.routes.get("/api/equipment", ctx -> {
                String id = ctx.queryParam("id");
                if (id == null) {
                    api.listEquipment(ctx);
                } else {
                    api.oneEquipment(ctx, id);
                }
            });
            cfg.routes.get("/api/equipment/<assetId>", ctx -> api.oneEquipment(ctx, ctx.pathParam("assetId")));
            cfg.routes.get("/api/pipeline", api::pipeline);
            cfg.routes.get("/api/health", api::health);
            cfg.routes.sse("/api/stream", stream::connect);
            cfg.routes.exception(SQLException.class, (e, ctx) -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .json(DashboardApi.error("twin database not readable: " + e.getMessage(), null)));
        });
        try {
            javalin.start();
        } catch (JavalinBindException e) {
            stopQuietly(javalin);
            if (isAddressInUse(e)) {
                throw new PortInUseException(config.port(), config.portFlag(), e);
            }
            throw new IllegalStateException("dashboard could not bind " + config.host() + ":" + config.port()
                    + " (" + e.getMessage() + "); choose another with " + config.portFlag(), e);
        }
        app = javalin;
        ticker = Executors.newScheduledThreadPool(2, daemonThreads());
        // Two threads: a slow Kafka snapshot (up to its timeout) must not delay the live equipment stream.
        ticker.scheduleWithFixedDelay(this::samplePipeline, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(stream::broadcast, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info("dashboard at {}", url());
        return this;
    }

    /** The bound port; with {@code port 0} in the config, the one the OS chose. */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("dashboard not started");
        }
        return app.port();
    }

    /** {@code http://host:port/}. */
    public String url() {
        return "http://" + config.host() + ":" + port() + "/";
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        stream.closeAll();
        if (app != null) {
            stopQuietly(app);
            app = null;
        }
    }

    private void samplePipeline() {
        try {
            sampler.sample();
        } catch (RuntimeException e) {
            LOG.warn("pipeline sample failed: {}", e.toString());
        }
    }

    private static boolean isAddressInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException && (t.getMessage() == null || t.getMessage().contains("in use"))) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(Javalin javalin) {
        try {
            javalin.stop();
        } catch (RuntimeException e) {
            LOG.debug("stopping dashboard: {}", e.toString());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dashboard-ticker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String readIndex() {
        try (InputStream in = DashboardServer.class.getResourceAsStream(INDEX_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("dashboard page missing from the classpath: " + INDEX_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
