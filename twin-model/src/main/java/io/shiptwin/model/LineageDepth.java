package io.shiptwin.model;

/**
 * How many events the lineage of each twin keeps (N): the {@code shiptwin.lineage.depth} system property of the
 * JVM that builds the job (or {@code --lineage-depth} of the job's {@code main}), 20 by default, 1..1000. The hull
 * twin keeps its last N events in {@code twin_lineage}; the dashboard reads the last N versions of an equipment from
 * the equipment history ({@code equipment_history_chunks}) with the same property of its own JVM (the same JVM when embedded).
 */
public final class LineageDepth {
    public static final String PROPERTY = "shiptwin.lineage.depth";
    public static final int DEFAULT = 20;
    public static final int MAX = 1000;

    private LineageDepth() {
    }

    /** The configured depth; a value that is not a number in 1..{@value #MAX} is refused with its name. */
    public static int configured() {
        return parse(System.getProperty(PROPERTY));
    }

    static int parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try {
            return check(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + ": expected an integer 1.." + MAX + ", got '" + text + "'");
        }
    }

    public static int check(int depth) {
        if (depth < 1 || depth > MAX) {
            throw new IllegalArgumentException(PROPERTY + ": must be 1.." + MAX + ", got " + depth);
        }
        return depth;
    }
}
