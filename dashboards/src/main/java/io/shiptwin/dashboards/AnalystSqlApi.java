package io.shiptwin.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/sql}: one read-only query ({@link AnalystSql}). The body is {@code {"sql": "SELECT ..."}} (JSON) or
 * the statement itself ({@code text/plain}); {@code ?limit=1..1000} (default 1000), {@code ?format=csv} for CSV (the
 * {@code X-ShipTwin-Truncated} header says when rows were cut). A POST, so bound beyond loopback it needs the API token
 * ({@link ApiGuard}): a query can be expensive. 400 with {@code error} and {@code reason} for a refused or failing
 * statement.
 */
final class AnalystSqlApi {
    private final AnalystSql sql;
    private final ObjectMapper json;

    AnalystSqlApi(AnalystSql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    void run(Context ctx) throws SQLException {
        String format = ctx.queryParam("format");
        String f = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(Locale.ROOT);
        AnalystSql.Result result;
        try {
            if (!f.equals("json") && !f.equals("csv")) {
                throw new AnalystSql.Refused("bad-parameter", "format: must be json or csv, got '" + format + "'");
            }
            int limit = limit(ctx.queryParam("limit"));
            result = sql.run(statement(ctx), limit);
        } catch (AnalystSql.Refused e) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("reason", e.reason);
            ctx.status(HttpStatus.BAD_REQUEST).json(body);
            return;
        }
        if (f.equals("json")) {
            ctx.json(result);
            return;
        }
        StringBuilder out = new StringBuilder();
        CsvExport.row(out, result.columns().stream().map(AnalystSql.Column::name).toArray());
        for (List<Object> row : result.rows()) {
            CsvExport.row(out, row.toArray());
        }
        ctx.header("X-ShipTwin-Truncated", Boolean.toString(result.truncated()))
                .header("Content-Disposition", "attachment; filename=\"query.csv\"")
                .contentType(DashboardApi.CSV).result(out.toString());
    }

    private String statement(Context ctx) throws AnalystSql.Refused {
        String body = ctx.body();
        String type = ctx.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            try {
                JsonNode node = json.readTree(body);
                JsonNode text = node == null ? null : node.get("sql");
                if (text == null || !text.isTextual()) {
                    throw new AnalystSql.Refused("bad-body", "body: expected {\"sql\": \"SELECT ...\"}");
                }
                return text.asText();
            } catch (JsonProcessingException e) {
                throw new AnalystSql.Refused("bad-body", "body: not JSON: " + e.getOriginalMessage());
            }
        }
        return body;
    }

    private static int limit(String limit) throws AnalystSql.Refused {
        if (limit == null || limit.isBlank()) {
            return AnalystSql.MAX_ROWS;
        }
        int n;
        try {
            n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new AnalystSql.Refused("bad-parameter", "limit: expected an integer 1.." + AnalystSql.MAX_ROWS + ", got '" + limit + "'");
        }
        if (n < 1 || n > AnalystSql.MAX_ROWS) {
            throw new AnalystSql.Refused("bad-parameter", "limit: must be 1.." + AnalystSql.MAX_ROWS + ", got " + n);
        }
        return n;
    }
}
