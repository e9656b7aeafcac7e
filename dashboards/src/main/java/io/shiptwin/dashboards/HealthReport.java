package io.shiptwin.dashboards;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/health}: UP when every component is UP, otherwise DEGRADED (the dashboard itself still
 * serves, so it is never "DOWN").
 */
public record HealthReport(String status, Map<String, String> components) {

    static HealthReport of(Map<String, Boolean> inProcess, PipelineSnapshot snapshot) {
        Map<String, String> components = new LinkedHashMap<>();
        inProcess.forEach((name, up) -> components.put(name, upOrDown(Boolean.TRUE.equals(up))));
        components.put("kafka", upOrDown(snapshot.kafkaReachable()));
        components.put("h2", upOrDown(snapshot.h2Reachable()));
        boolean allUp = components.values().stream().allMatch("UP"::equals);
        return new HealthReport(allUp ? "UP" : "DEGRADED", components);
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
