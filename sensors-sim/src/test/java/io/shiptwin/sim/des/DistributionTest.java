package io.shiptwin.sim.des;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static double sampleMean(Distribution d, int n) {
        SplittableRandom r = new SplittableRandom(11);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += d.sample(r);
        }
        return sum / n;
    }

    @Test
    void sampleMeansMatchTheirAnalyticMeans() {
        List<Distribution> all = List.of(
                new Distribution.Constant(3),
                new Distribution.Uniform(1, 5),
                new Distribution.Triangular(1, 2, 6),
                new Distribution.Normal(10, 2),
                new Distribution.LogNormal(8, 3),
                new Distribution.Exponential(4),
                new Distribution.Empirical(new double[] {1, 2, 10}, new double[] {1, 1, 2}));
        for (Distribution d : all) {
            assertThat(sampleMean(d, 200_000)).as(d.toString()).isCloseTo(d.mean(), within(d.mean() * 0.02));
        }
    }

    @Test
    void aNormalDurationIsNeverNegative() {
        SplittableRandom r = new SplittableRandom(3);
        Distribution d = new Distribution.Normal(1, 5);
        for (int i = 0; i < 10_000; i++) {
            assertThat(d.duration(r)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void triangularRejectsAModeOutsideItsRange() {
        assertThatThrownBy(() -> new Distribution.Triangular(1, 9, 4))
                .hasMessage("triangular: must have min <= mode <= max and min < max, got (1.0, 9.0, 4.0)");
    }

    @Test
    void scalingKeepsTheShape() {
        assertThat(new Distribution.Triangular(1, 2, 3).scaled(2)).isEqualTo(new Distribution.Triangular(2, 4, 6));
    }
}
