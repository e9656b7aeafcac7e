package io.shiptwin.sim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads a scenario: a shipped name ({@code baseline}) or a YAML file. A file may start from another
 * with {@code extends: NAME} (a shipped name or a path relative to the file); mappings merge key by
 * key, lists and values replace. Missing fields come from {@code scenarios/defaults.yaml}. The result
 * is validated; every problem is reported at once in a {@link ScenarioException}.
 */
public final class ScenarioLoader {
    /** The scenarios shipped in the jar under {@code scenarios/}. */
    public static final List<String> SHIPPED = List.of("baseline", "extra-gantry-crane", "steel-supplier-delay",
            "humid-season", "welding-robot-degradation", "yard-5g-vs-wifi", "teaching", "dock-pump-bearing-wear");
    private static final String EXTENDS = "extends";
    private static final YAMLMapper YAML = new YAMLMapper();

    private ScenarioLoader() {
    }

    /** A path to a YAML file if one exists there, else a shipped scenario's name. */
    public static Scenario load(String nameOrPath) {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return load(p);
        }
        return build(resolve(nameOrPath, null, new LinkedHashSet<>()), nameOrPath);
    }

    public static Scenario load(Path file) {
        return build(resolve(file.toString(), null, new LinkedHashSet<>()), file.toString());
    }

    /** Parses YAML text; {@code origin} names it in messages and is its default name. */
    public static Scenario parse(String yaml, String origin) {
        ObjectNode tree = tree(yaml, origin);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(origin);
        return build(withExtends(tree, null, origin, seen), origin);
    }

    /** Binds YAML text onto any record of this package with the same rules as a scenario (no scenario validation). */
    static <T> T parseRecord(String yaml, Class<T> type, String origin) {
        List<String> problems = new ArrayList<>();
        Object bound = new RecordBinder(defaults(), problems).bind(tree(yaml, origin), type, "");
        if (!problems.isEmpty()) {
            throw new ScenarioException(origin, problems);
        }
        return type.cast(bound);
    }

    private static Scenario build(ObjectNode tree, String origin) {
        List<String> problems = new ArrayList<>();
        Scenario scenario = (Scenario) new RecordBinder(defaults(), problems).bind(tree, Scenario.class, "");
        if (scenario != null) {
            problems.addAll(ScenarioValidator.validate(scenario));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(origin, problems);
        }
        return scenario;
    }

    private static ObjectNode resolve(String nameOrPath, Path relativeTo, Set<String> seen) {
        Path file = relativeTo == null ? Path.of(nameOrPath) : relativeTo.resolve(nameOrPath);
        String text;
        Path dir = null;
        if (Files.isRegularFile(file)) {
            text = read(file);
            dir = file.toAbsolutePath().getParent();
        } else if (SHIPPED.contains(nameOrPath) || resource(nameOrPath) != null) {
            text = resource(nameOrPath);
        } else {
            throw new ScenarioException(nameOrPath, List.of((seen.isEmpty() ? "scenario" : EXTENDS) + ": unknown scenario '"
                    + nameOrPath + "'" + DidYouMean.suggest(nameOrPath, SHIPPED) + " (not a file, not a shipped scenario)"));
        }
        if (!seen.add(nameOrPath)) {
            throw new ScenarioException(nameOrPath, List.of(EXTENDS + ": cycle " + String.join(" -> ", seen) + " -> " + nameOrPath));
        }
        ObjectNode tree = tree(text, nameOrPath);
        if (!tree.has("name")) {
            String stem = Path.of(nameOrPath).getFileName().toString().replaceFirst("\\.ya?ml$", "");
            tree.put("name", stem);
        }
        return withExtends(tree, dir, nameOrPath, seen);
    }

    private static ObjectNode withExtends(ObjectNode tree, Path dir, String origin, Set<String> seen) {
        JsonNode base = tree.remove(EXTENDS);
        if (!tree.has("name")) {
            tree.put("name", origin);
        }
        if (base == null) {
            return tree;
        }
        if (!base.isTextual()) {
            throw new ScenarioException(origin, List.of(EXTENDS + ": must be a scenario name or path, got " + base));
        }
        return merge(resolve(base.textValue(), dir, seen), tree);
    }

    /** Overlays {@code over} on {@code base}: mappings merge, everything else replaces. */
    static ObjectNode merge(ObjectNode base, ObjectNode over) {
        for (Iterator<String> it = over.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode o = over.get(key);
            JsonNode b = base.get(key);
            if (b instanceof ObjectNode bo && o instanceof ObjectNode oo) {
                merge(bo, oo);
            } else {
                base.set(key, o.deepCopy());
            }
        }
        return base;
    }

    private static ObjectNode tree(String yaml, String origin) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node instanceof ObjectNode o) {
                return o;
            }
            throw new ScenarioException(origin, List.of("scenario: must be a mapping, got " + (node == null ? "nothing" : node.getNodeType())));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(origin, List.of("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
    }

    private static volatile JsonNode defaults;

    /** The defaults tree (read once; the binder copies what it uses). */
    private static JsonNode defaults() {
        if (defaults == null) {
            defaults = tree(resource("defaults"), "defaults.yaml");
        }
        return defaults;
    }

    /** The text of a shipped scenario, or null. */
    static String resource(String name) {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file, e);
        }
    }
}
