package io.shiptwin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapUseTest {

    @Test
    void aPhaseAllocatesAndCollectsTheDifferenceOfTwoReadings() {
        HeapUse spent = new HeapUse(3_048_000_000L, 130, 1_300, 3, 900).since(new HeapUse(1_000_000_000L, 100, 1_000, 2, 600));
        assertThat(spent).isEqualTo(new HeapUse(2_048_000_000L, 30, 300, 1, 300));
        // 2,048,000,000 bytes over 100,000 events: 20,480 bytes, 20 KB, each
        assertThat(spent.kilobytesPerEvent(100_000)).isEqualTo(20.0);
        assertThat(spent.meanYoungMillis()).isEqualTo(10.0);
    }

    @Test
    void whatThePlatformDoesNotSayStaysUnknownInsteadOfZero() {
        HeapUse spent = new HeapUse(-1, 5, 50, 0, 0).since(new HeapUse(1_000, 0, 0, 0, 0));
        assertThat(spent.allocatedBytes()).isEqualTo(-1);
        assertThat(spent.kilobytesPerEvent(10)).isNaN();
        assertThat(new HeapUse(1_024, 0, 0, 0, 0).kilobytesPerEvent(0)).isNaN();
        assertThat(new HeapUse(1_024, 0, 0, 0, 0).meanYoungMillis()).isZero();
    }

    @Test
    void youngCollectorsAreToldFromFullOnesByName() {
        assertThat(HeapUse.isYoung("Copy")).isTrue();
        assertThat(HeapUse.isYoung("PS Scavenge")).isTrue();
        assertThat(HeapUse.isYoung("G1 Young Generation")).isTrue();
        assertThat(HeapUse.isYoung("MarkSweepCompact")).isFalse();
        assertThat(HeapUse.isYoung("PS MarkSweep")).isFalse();
        assertThat(HeapUse.isYoung("G1 Old Generation")).isFalse();
    }

    @Test
    void thisJvmCountsWhatItAllocates() {
        HeapUse before = HeapUse.now();
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[16 * 1024];
        }
        HeapUse spent = HeapUse.now().since(before);
        assertThat(garbage[63]).hasSize(16 * 1024);
        assertThat(spent.allocatedBytes()).isGreaterThanOrEqualTo(64L * 16 * 1024);
        assertThat(spent.youngCount()).isNotNegative();
    }
}
