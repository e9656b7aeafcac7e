package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes exactly the routes the server registers, and Swagger UI serves it. */
class OpenApiContractTest {
    @TempDir
    static Path dir;
    static RunningDashboard dashboard;
    static HttpFixture http;

    @BeforeAll
    static void startDashboard() throws Exception {
        TwinDatabase db = new TwinDatabase(dir).createTables();
        dashboard = RunningDashboard.over(db.url);
        http = dashboard.http;
    }

    @AfterAll
    static void stopDashboard() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void everyRegisteredApiRouteIsDocumentedAndEveryDocumentedRouteIsRegistered() throws Exception {
        Set<String> registered = new TreeSet<>();
        dashboard.server.apiRoutes().forEach(r -> registered.add(r.method() + " " + r.path()));

        Set<String> documented = new TreeSet<>();
        JsonNode paths = http.getJson("/api/openapi.json", 200).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method + " " + path.getKey())));

        assertThat(registered).as("routes the server registered").isNotEmpty().contains("get /api/equipment/{assetId}/history");
        assertThat(documented).as("routes in /api/openapi.json").isEqualTo(registered);
    }

    @Test
    void documentIsOpenApi3AndEveryOperationHasASummaryAndASuccessResponse() throws Exception {
        JsonNode doc = http.getJson("/api/openapi.json", 200);

        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("info").get("title").asText()).isNotBlank();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(op -> {
                String name = op.getKey() + " " + path.getKey();
                if (!op.getValue().hasNonNull("summary")) {
                    problems.add(name + ": no summary");
                }
                if (!op.getValue().path("responses").has("200")) {
                    problems.add(name + ": no 200 response");
                }
                if (path.getKey().contains("{assetId}") && !op.getValue().path("responses").has("404")) {
                    problems.add(name + ": takes an identifier but documents no 404");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySchemaReferenceResolves() throws Exception {
        JsonNode doc = http.getJson("/api/openapi.json", 200);
        Set<String> refs = new TreeSet<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty();
        refs.forEach(ref -> assertThat(doc.at(ref.substring(1)).isMissingNode()).as("target of %s missing", ref).isFalse());
    }

    @Test
    void swaggerUiPageLoadsTheDocumentFromTheJar() throws Exception {
        HttpResponse<String> docs = http.get("/api/docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(docs.body()).contains("/vendor/swagger-ui/swagger-ui-bundle.js", "/vendor/swagger-ui/swagger-ui.css", "/app/docs.js");
        assertThat(http.get("/app/docs.js").body()).contains("url: \"/api/openapi.json\"", "validatorUrl: null");
        assertThat(http.get("/vendor/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
