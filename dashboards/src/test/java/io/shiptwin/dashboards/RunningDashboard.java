package io.shiptwin.dashboards;

/**
 * A dashboard started on a free port over an H2 database, for the API tests. Kafka points at a port
 * where nothing listens, so the pipeline status reports it unreachable quickly.
 */
final class RunningDashboard implements AutoCloseable {
    final PipelineStatus status;
    final DashboardServer server;
    final HttpFixture http;

    private RunningDashboard(PipelineStatus status, DashboardServer server) {
        this.status = status;
        this.server = server;
        this.http = new HttpFixture(server.port());
    }

    static RunningDashboard over(String h2Url) {
        return over(h2Url, PipelineProbe.NONE);
    }

    /** With the in-process hops a launcher would report through {@code probe}. */
    static RunningDashboard over(String h2Url, PipelineProbe probe) {
        PipelineStatus status = new PipelineStatus("127.0.0.1:1", h2Url);
        return new RunningDashboard(status, new DashboardServer(DashboardConfig.defaults().withPort(0), h2Url, status,
                probe).start());
    }

    @Override
    public void close() {
        server.close();
        status.close();
    }
}
