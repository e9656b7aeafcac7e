package io.shiptwin.app.cli;

import io.shiptwin.app.whatif.WhatIfRunner;
import io.shiptwin.dashboards.DashboardConfig;
import io.shiptwin.dashboards.DashboardServer;
import io.shiptwin.dashboards.PipelineProbe;
import io.shiptwin.dashboards.PipelineStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Runs only the dashboard (web UI and JSON/SSE API over H2 and Kafka) until Ctrl-C.")
public final class DashboardCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Option(names = "--dashboard-port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--kafka", defaultValue = "${env:SHIPTWIN_KAFKA:-127.0.0.1:9092}", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}; env SHIPTWIN_KAFKA).")
    String kafka;
    @Option(names = "--h2", defaultValue = "${env:SHIPTWIN_H2:-}", description = "H2 JDBC URL (default: the file database under --run-dir; env SHIPTWIN_H2).")
    String h2;
    @Option(names = "--flink-rest", defaultValue = "${env:SHIPTWIN_FLINK_REST:-http://127.0.0.1:8081}",
            description = "Flink REST address of the cluster running the twin job, to read its consumer lag from the job's own "
                    + "position; when it does not answer, the lag is counted from the offsets committed at checkpoints; "
                    + "empty for never (default: ${DEFAULT-VALUE}; env SHIPTWIN_FLINK_REST).")
    String flinkRest;

    @Override
    public Integer call() throws Exception {
        String url = h2 == null || h2.isBlank() ? io.shiptwin.app.embedded.EmbeddedH2.fileUrl(common.runDir.resolve("h2")) : h2;
        PipelineStatus status = new PipelineStatus(kafka, url, PipelineStatus.DEFAULT_KAFKA_TIMEOUT, flinkRest);
        DashboardConfig config = new DashboardConfig(common.host, port, "--dashboard-port");
        if (common.apiToken != null && !common.apiToken.isBlank()) {
            config = config.withApiToken(common.apiToken);
        }
        WhatIfRunner whatIf = new WhatIfRunner(url, common.runDir.resolve("whatif"), 0);
        DashboardServer server = new DashboardServer(config, url, status, PipelineProbe.NONE, whatIf).start();
        System.out.println("  dashboard on http://" + common.host + ":" + server.port());
        CommonOptions.runUntilInterrupted(() -> {
            server.close();
            whatIf.close();
            status.close();
        });
        return 0;
    }
}
