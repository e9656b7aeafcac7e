package io.shiptwin.dashboards;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryQueryTest {

    @Test
    void absentParametersMeanNoBoundsAndTheDefaultLimit() {
        HistoryQuery q = HistoryQuery.parse(null, "", null);

        assertThat(q.from()).isNull();
        assertThat(q.to()).isNull();
        assertThat(q.limit()).isEqualTo(HistoryQuery.DEFAULT_LIMIT);
    }

    @Test
    void boundsAreIsoInstantsOfTheSimulatedClock() {
        HistoryQuery q = HistoryQuery.parse("2026-03-02T00:00:00Z", "2026-03-02T01:00:00.500Z", "10");

        assertThat(q.from()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-03-02T01:00:00.500Z"));
        assertThat(q.limit()).isEqualTo(10);
    }

    @Test
    void eachBadParameterIsNamedInTheMessage() {
        assertThatThrownBy(() -> HistoryQuery.parse("2026-03-02", null, null)).hasMessageStartingWith("from: expected an ISO-8601 instant");
        assertThatThrownBy(() -> HistoryQuery.parse(null, "now", null)).hasMessageStartingWith("to: expected an ISO-8601 instant");
        assertThatThrownBy(() -> HistoryQuery.parse(null, null, "10001")).hasMessage("limit: must be 1..10000, got 10001");
        assertThatThrownBy(() -> HistoryQuery.parse(null, null, "1.5")).hasMessage("limit: expected an integer 1..10000, got '1.5'");
    }
}
