package io.shiptwin.sim.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void meanIntervalUsesStudentT() {
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
        // sd = 1.5811, t(0.975, 4) = 2.7764 -> half-width 1.9632
        assertThat(e.mean()).isEqualTo(3.0);
        assertThat(e.halfWidth()).isCloseTo(1.9632, within(1e-3));
    }

    @Test
    void undefinedReplicationsAreLeftOut() {
        Estimate e = Estimate.of(new double[] {2, Double.NaN, 4});
        assertThat(e.n()).isEqualTo(2);
        assertThat(e.mean()).isEqualTo(3.0);
    }

    @Test
    void proportionIntervalIsWilsonAndStaysInsideZeroOne() {
        Estimate none = Estimate.proportion(0, 10);
        assertThat(none.mean()).isZero();
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(1e-3));
        Estimate all = Estimate.proportion(10, 10);
        assertThat(all.high()).isEqualTo(1.0);
    }
}
