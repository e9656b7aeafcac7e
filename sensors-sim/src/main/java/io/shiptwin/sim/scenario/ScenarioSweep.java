package io.shiptwin.sim.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter sweep: one variant of a base scenario per value. The spec is {@code PATH=FROM..TO}
 * (integers) or {@code PATH=V1,V2,...}; PATH is a dotted path of mapping keys
 * ({@code yard.quayBerths}, {@code stages.dockCrewSize}) or {@code extra.RESOURCE} for that many extra
 * units of a resource ({@code extra.dock-1/cranes=0..3}). Each variant is named {@code base[PATH=V]}.
 */
public final class ScenarioSweep {
    private static final String EXTRA = "extra.";

    private ScenarioSweep() {
    }

    public static List<Scenario> expand(String baseNameOrPath, String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new ScenarioException(spec, List.of("sweep: must look like PATH=FROM..TO or PATH=V1,V2, got '" + spec + "'"));
        }
        String path = spec.substring(0, eq).trim();
        List<String> values = values(spec.substring(eq + 1).trim(), spec);
        List<Scenario> out = new ArrayList<>();
        for (String v : values) {
            ObjectNode overlay = JsonNodeFactory.instance.objectNode();
            overlay.put("extends", baseNameOrPath);
            String name = baseName(baseNameOrPath) + "[" + path + "=" + v + "]";
            overlay.put("name", name);
            if (path.startsWith(EXTRA)) {
                ArrayNode extras = overlay.putObject("perturbations").putArray("extraResources");
                if (Integer.parseInt(v) > 0) {
                    extras.addObject().put("resource", path.substring(EXTRA.length())).put("units", Integer.parseInt(v));
                }
            } else {
                set(overlay, path.split("\\."), v);
            }
            out.add(ScenarioLoader.parse(overlay.toString(), name));
        }
        return out;
    }

    private static void set(ObjectNode root, String[] keys, String value) {
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            node = node.has(keys[i]) ? (ObjectNode) node.get(keys[i]) : node.putObject(keys[i]);
        }
        String last = keys[keys.length - 1];
        try {
            node.put(last, Long.parseLong(value));
        } catch (NumberFormatException notInteger) {
            try {
                node.put(last, Double.parseDouble(value));
            } catch (NumberFormatException notNumber) {
                node.put(last, value);
            }
        }
    }

    private static List<String> values(String text, String spec) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            return List.of(text.split("\\s*,\\s*"));
        }
        try {
            int from = Integer.parseInt(text.substring(0, dots).trim());
            int to = Integer.parseInt(text.substring(dots + 2).trim());
            if (to < from) {
                throw new ScenarioException(spec, List.of("sweep: range must go up, got " + text));
            }
            List<String> out = new ArrayList<>();
            for (int v = from; v <= to; v++) {
                out.add(Integer.toString(v));
            }
            return out;
        } catch (NumberFormatException e) {
            throw new ScenarioException(spec, List.of("sweep: a range FROM..TO takes integers, got " + text));
        }
    }

    private static String baseName(String nameOrPath) {
        String file = java.nio.file.Path.of(nameOrPath).getFileName().toString();
        return file.replaceFirst("\\.ya?ml$", "");
    }
}
