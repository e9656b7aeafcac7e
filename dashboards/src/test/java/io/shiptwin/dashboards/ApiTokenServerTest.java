package io.shiptwin.dashboards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token check on a real server bound beyond loopback (the wildcard address, reached over loopback).
 * A POST to a read-only route that passes the guard ends as "no such route"; the what-if POSTs are checked
 * the same way in {@link WhatIfApiTest}.
 */
class ApiTokenServerTest {
    static final String TOKEN = "yard-token-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void beyondLoopbackAPostWithoutTheTokenIsRefusedWithAJsonReasonAndWithItPassesTheGuard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        DashboardConfig config = DashboardConfig.defaults().withHost("0.0.0.0").withPort(0).withApiToken(TOKEN);
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url);
             DashboardServer server = new DashboardServer(config, db.url, status, PipelineProbe.NONE).start()) {
            HttpFixture http = new HttpFixture(server.port());

            HttpResponse<String> without = http.send(post(http, "/api/equipment", null));
            HttpResponse<String> wrong = http.send(post(http, "/api/equipment", "Bearer not-the-token-at-all"));
            HttpResponse<String> with = http.send(post(http, "/api/equipment", "Bearer " + TOKEN));

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(HttpFixture.JSON.readTree(without.body()).get("error").asText())
                    .isEqualTo("missing 'Authorization: Bearer <apiToken>' header");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(with.statusCode()).as("past the guard: no changing route exists yet").isIn(404, 405);
            assertThat(http.getJson("/api/equipment", 200)).isEmpty();
        }
    }

    @Test
    void onLoopbackAPostIsNotAskedForAToken() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        try (PipelineStatus status = new PipelineStatus("127.0.0.1:1", db.url);
             DashboardServer server = new DashboardServer(DashboardConfig.defaults().withPort(0), db.url, status,
                     PipelineProbe.NONE).start()) {
            HttpFixture http = new HttpFixture(server.port());

            assertThat(http.send(post(http, "/api/equipment", null)).statusCode()).isIn(404, 405);
        }
    }

    private static HttpRequest post(HttpFixture http, String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }
}
