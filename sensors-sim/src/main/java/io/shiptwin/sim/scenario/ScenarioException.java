package io.shiptwin.sim.scenario;

import java.util.List;

/** A scenario that cannot be used; {@link #problems()} has one line per fault, each naming its path. */
public final class ScenarioException extends RuntimeException {
    private final List<String> problems;

    public ScenarioException(String origin, List<String> problems) {
        super(origin + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
