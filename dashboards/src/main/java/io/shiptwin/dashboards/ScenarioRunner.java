package io.shiptwin.dashboards;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs what-if comparisons for the dashboard. The dashboard may not know the simulator (module boundary,
 * ArchitectureTest), so the launcher, which knows every module, implements this and hands it to the
 * {@link DashboardServer}; {@link #NONE} (the default) answers 503 "what-if runs need the launcher".
 */
public interface ScenarioRunner {

    /** No runner: stored runs can be read, nothing can be started or validated. */
    ScenarioRunner NONE = new ScenarioRunner() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<String> shipped() {
            return List.of();
        }

        @Override
        public List<String> validate(String yaml) {
            throw new IllegalStateException(UNAVAILABLE);
        }

        @Override
        public String start(String base, List<String> variants, int replications, long seed) {
            throw new IllegalStateException(UNAVAILABLE);
        }

        @Override
        public Optional<Progress> progress(String runId) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> report(String runId) {
            return Optional.empty();
        }
    };

    String UNAVAILABLE = "what-if runs need the launcher (./shiptwin demo or ./shiptwin dashboard)";

    /** False for {@link #NONE}. */
    default boolean available() {
        return true;
    }

    /** The names of the scenarios shipped with ShipTwin. */
    List<String> shipped();

    /** Every problem of a scenario given as YAML text, each naming its path; empty when it is valid. */
    List<String> validate(String yaml);

    /**
     * Queues a comparison and returns its run id at once.
     *
     * @param base     a shipped scenario's name, or YAML text
     * @param variants shipped names or YAML texts; empty = a single run of {@code base}
     * @throws Rejected when a scenario is unknown or invalid, with every problem
     */
    String start(String base, List<String> variants, int replications, long seed);

    /** How far a run started here has come; empty for a run this runner does not know. */
    Optional<Progress> progress(String runId);

    /** The HTML report of a run, if this runner knows where it was written. */
    Optional<Path> report(String runId);

    /**
     * @param state    {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
     * @param done     replications finished, of {@code total}
     * @param error    why it failed; null otherwise
     */
    record Progress(String runId, String state, int done, int total, List<String> scenarios, String startedAt,
                    String finishedAt, String error) {
        public Progress {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(state, "state");
            scenarios = List.copyOf(scenarios);
        }
    }

    /** A request the runner refuses: unknown or invalid scenarios, with one line per problem. */
    final class Rejected extends RuntimeException {
        private final List<String> problems;

        public Rejected(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
