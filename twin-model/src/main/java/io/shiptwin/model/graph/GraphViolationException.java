package io.shiptwin.model.graph;

import java.util.List;

/** The twin graph breaks its declared multiplicities or references; lists every violation found. */
public final class GraphViolationException extends IllegalStateException {
    private final List<String> violations;

    GraphViolationException(List<String> violations) {
        super(String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
