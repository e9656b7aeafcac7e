package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web UI and JSON/SSE API over the twin in H2 and the pipeline counts in Kafka.
 *
 * <p>Routes: {@code GET /} (the page) and its assets ({@link WebAssets}); the API under {@code /api/},
 * each documented in {@code /api/openapi.json} (browsable at {@code /api/docs}) and listed by
 * {@link #apiRoutes()}. Changing requests pass the {@link ApiGuard} first.
 * The caller owns the {@link PipelineStatus}: closing the server does not close it, so the launcher
 * can still reconcile after the dashboard has stopped.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final String OPENAPI_RESOURCE = "/io/shiptwin/dashboards/openapi.json";
    private static final long TICK_MILLIS = 1000;

    /** One API route as OpenAPI names it: method in lower case, path with {@code {param}}. */
    public record ApiRoute(String method, String path) {
    }

    private final DashboardConfig config;
    private final DashboardApi api;
    private final TwinApi twinApi;
    private final YardMap yardMap;
    private final MaintenanceApi maintenanceApi;
    private final WhatIfApi whatIfApi;
    private final TwinHistoryApi historyApi;
    private final KpiApi kpiApi;
    private final ServiceApi serviceApi;
    private final QualityApi qualityApi;
    private final RawApi rawApi;
    private final AnalystSql analystSql;
    private final AnalystSqlApi analystSqlApi;
    private final PipelineSampler sampler;
    private final EquipmentStream stream;
    private final ObjectMapper json = new ObjectMapper();
    private final WebAssets assets = new WebAssets();
    private final ApiGuard guard;
    private final byte[] openApi;
    private final List<ApiRoute> apiRoutes = new ArrayList<>();
    private Javalin app;
    private ScheduledExecutorService ticker;

    /**
     * @param h2JdbcUrl JDBC URL of the twin database, e.g. {@code jdbc:h2:file:./data/twin;AUTO_SERVER=TRUE};
     *                  connections are opened per request and closed at once
     */
    public DashboardServer(DashboardConfig config, String h2JdbcUrl, PipelineStatus status, PipelineProbe probe) {
        this(config, h2JdbcUrl, status, probe, ScenarioRunner.NONE);
    }

    /**
     * @param runner starts and follows what-if runs (the launcher's); {@link ScenarioRunner#NONE}: the what-if
     *               endpoints that start or validate answer 503, stored runs can still be read
     */
    public DashboardServer(DashboardConfig config, String h2JdbcUrl, PipelineStatus status, PipelineProbe probe,
                           ScenarioRunner runner) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(h2JdbcUrl, "h2JdbcUrl");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(probe, "probe");
        this.sampler = new PipelineSampler(status, probe);
        this.api = new DashboardApi(new EquipmentRepository(h2JdbcUrl), new EquipmentHistory(h2JdbcUrl, json),
                new DroppedEvents(h2JdbcUrl), new MessageTrace(h2JdbcUrl), sampler, probe, json);
        this.yardMap = new YardMap(h2JdbcUrl);
        this.twinApi = new TwinApi(new TwinResolver(h2JdbcUrl), new Alerts(h2JdbcUrl), new ShipLifecycle(h2JdbcUrl));
        this.historyApi = new TwinHistoryApi(new TwinTimeTravel(h2JdbcUrl, json));
        this.maintenanceApi = new MaintenanceApi(new Maintenance(h2JdbcUrl));
        this.whatIfApi = new WhatIfApi(new WhatIfRuns(h2JdbcUrl), Objects.requireNonNull(runner, "runner"), json);
        this.kpiApi = new KpiApi(new KpiSeries(h2JdbcUrl), new EventTime(h2JdbcUrl), new WeldStations(h2JdbcUrl));
        this.serviceApi = new ServiceApi(new ShipsInService(h2JdbcUrl));
        // Quality, raw messages and read-only SQL (docs/quality-and-raw-data.md).
        RawMessages raw = new RawMessages(status.kafkaBootstrapServers(), status.kafkaTimeout(), json);
        this.qualityApi = new QualityApi(new NonConformances(h2JdbcUrl), new WeldStations(h2JdbcUrl), raw, h2JdbcUrl);
        this.rawApi = new RawApi(raw);
        this.analystSql = new AnalystSql(h2JdbcUrl);
        this.analystSqlApi = new AnalystSqlApi(analystSql, json);
        this.stream = new EquipmentStream(api::equipmentJson);
        this.guard = new ApiGuard(config.host(), config.apiToken());
        this.openApi = readResource(OPENAPI_RESOURCE);
    }

    /**
     * Binds the port and starts sampling. Throws {@link PortInUseException} (one-line message naming
     * the port and {@link DashboardConfig#portFlag()}) when the port is taken.
     */
    public synchronized DashboardServer start() {
        if (app != null) {
            throw new IllegalStateException("dashboard already started on port " + port());
        }
        apiRoutes.clear();
        Javalin javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.routes.before(this::guard);
            for (WebAssets.Asset asset : assets.all()) {
                byte[] body = assets.read(asset);
                String cache = asset.vendored() ? "public, max-age=86400" : "no-cache";
                get(cfg, asset.path(), ctx -> ctx.header("Cache-Control", cache).contentType(asset.contentType()).result(body));
            }
            get(cfg, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            get(cfg, "/api/equipment", ctx -> {
                String id = ctx.queryParam("id");
                if (id == null) {
                    api.listEquipment(ctx);
                } else {
                    api.oneEquipment(ctx, id);
                }
            });
            get(cfg, "/api/equipment.csv", api::equipmentCsv);
            // The identifier contains a '/', so <assetId> spans segments: the longer routes come first.
            get(cfg, "/api/equipment/<assetId>/history.csv", ctx -> api.equipmentHistoryCsv(ctx, ctx.pathParam("assetId")));
            get(cfg, "/api/equipment/<assetId>/history", ctx -> api.equipmentHistory(ctx, ctx.pathParam("assetId")));
            get(cfg, "/api/equipment/<assetId>", ctx -> api.oneEquipment(ctx, ctx.pathParam("assetId")));
            get(cfg, "/api/dropped-events", api::droppedEvents);
            get(cfg, "/api/trace", api::trace);
            get(cfg, "/api/pipeline", api::pipeline);
            get(cfg, "/api/pipeline/history", api::pipelineHistory);
            get(cfg, "/api/health", api::health);
            get(cfg, "/api/resolve/<identifier>", ctx -> twinApi.resolve(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/alerts", twinApi::alerts);
            get(cfg, "/api/maintenance/work-orders", maintenanceApi::workOrders);
            get(cfg, "/api/maintenance/equipment", maintenanceApi::equipment);
            get(cfg, "/api/maintenance/shifts", maintenanceApi::shifts);
            get(cfg, "/api/ships", twinApi::ships);
            get(cfg, "/api/yard/map", ctx -> ctx.json(yardMap.read()));
            get(cfg, "/api/ships/<identifier>/lifecycle", ctx -> twinApi.lifecycle(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/docks", twinApi::docks);
            // History, time travel and lineage of any twin; the longer routes first (the identifier has a '/').
            get(cfg, "/api/twin/<identifier>/asof", ctx -> historyApi.asOf(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/twin/<identifier>/diff", ctx -> historyApi.diff(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/twin/<identifier>/lineage", ctx -> historyApi.lineage(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/twin/<identifier>", ctx -> historyApi.current(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/scenarios", whatIfApi::scenarios);
            post(cfg, "/api/scenarios/validate", whatIfApi::validate);
            get(cfg, "/api/whatif/runs", whatIfApi::list);
            post(cfg, "/api/whatif/runs", whatIfApi::start);
            get(cfg, "/api/whatif/runs/{runId}", ctx -> whatIfApi.one(ctx, ctx.pathParam("runId")));
            get(cfg, "/api/whatif/runs/{runId}/progress", ctx -> whatIfApi.progress(ctx, ctx.pathParam("runId")));
            get(cfg, "/api/whatif/runs/{runId}/kpis.csv", ctx -> whatIfApi.kpisCsv(ctx, ctx.pathParam("runId")));
            get(cfg, "/api/whatif/runs/{runId}/resources.csv", ctx -> whatIfApi.resourcesCsv(ctx, ctx.pathParam("runId")));
            get(cfg, "/api/whatif/runs/{runId}/report", ctx -> whatIfApi.report(ctx, ctx.pathParam("runId")));
            get(cfg, "/api/kpis", kpiApi::series);
            get(cfg, "/api/kpis/catalogue", kpiApi::catalogue);
            get(cfg, "/api/kpis/stations", kpiApi::stations);
            get(cfg, "/api/event-time", kpiApi::eventTime);
            // Delivered ships in service (docs/service-twin.md); the longer routes first (the identifier has a '/').
            get(cfg, "/api/service", serviceApi::list);
            get(cfg, "/api/service.csv", serviceApi::listCsv);
            get(cfg, "/api/service/<identifier>/surveys.csv", ctx -> serviceApi.surveysCsv(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/service/<identifier>", ctx -> serviceApi.one(ctx, ctx.pathParam("identifier")));
            get(cfg, "/api/quality/nonconformances", qualityApi::nonConformances);
            get(cfg, "/api/quality/nonconformances.csv", qualityApi::nonConformancesCsv);
            get(cfg, "/api/quality/stations", qualityApi::stations);
            get(cfg, "/api/quality/stations.csv", qualityApi::stationsCsv);
            get(cfg, "/api/raw/{topic}/{partition}/{offset}", ctx -> rawApi.read(ctx, ctx.pathParam("topic"),
                    ctx.pathParam("partition"), ctx.pathParam("offset")));
            post(cfg, "/api/sql", analystSqlApi::run);
            cfg.routes.sse("/api/stream", stream::connect);
            apiRoutes.add(new ApiRoute("get", "/api/stream"));
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
        provisionAnalyst();
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

    /** Every route under {@code /api/} that {@link #start()} registered, in registration order. */
    public synchronized List<ApiRoute> apiRoutes() {
        return List.copyOf(apiRoutes);
    }

    /** Registers a GET route; those under {@code /api/} are recorded for {@link #apiRoutes()}. */
    private void get(JavalinConfig cfg, String path, Handler handler) {
        cfg.routes.get(path, handler);
        if (path.startsWith("/api/")) {
            apiRoutes.add(new ApiRoute("get", path.replace('<', '{').replace('>', '}')));
        }
    }

    /** Registers a changing route (it passes the {@link ApiGuard} first); recorded for {@link #apiRoutes()}. */
    private void post(JavalinConfig cfg, String path, Handler handler) {
        cfg.routes.post(path, handler);
        apiRoutes.add(new ApiRoute("post", path));
    }

    private void guard(Context ctx) {
        guard.check(ctx.req().getMethod(), ctx.header("Authorization")).ifPresent(refusal -> {
            ctx.status(refusal.status()).json(DashboardApi.error(refusal.reason(), null));
            ctx.skipRemainingHandlers();
        });
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

    /**
     * Creates the read-only SQL user in the background: the Flink job may be creating its tables at this moment, and H2
     * changes its schema one session at a time, so this can take a few tries; the dashboard serves meanwhile (an
     * {@code /api/sql} request waits for it). If H2 is not there yet, the first {@code /api/sql} request creates it.
     */
    private void provisionAnalyst() {
        Thread t = new Thread(() -> {
            try {
                analystSql.provision();
            } catch (SQLException e) {
                LOG.warn("read-only SQL user not created yet ({}); the first /api/sql request tries again", e.getMessage());
            }
        }, "analyst-sql-user");
        t.setDaemon(true);
        t.start();
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

    private static byte[] readResource(String resource) {
        try (InputStream in = DashboardServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("dashboard resource missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
