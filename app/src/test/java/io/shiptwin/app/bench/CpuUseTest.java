package io.shiptwin.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void aPhaseCostsTheDifferenceOfTwoReadingsPerEvent() {
        CpuUse spent = new CpuUse(5_000_000_000L, 2_000_000_000L).since(new CpuUse(1_000_000_000L, 1_500_000_000L));
        assertThat(spent).isEqualTo(new CpuUse(4_000_000_000L, 500_000_000L));
        assertThat(spent.shiptwinMicrosPerEvent(40_000)).isEqualTo(100.0);
        assertThat(spent.kafkaMicrosPerEvent(40_000)).isEqualTo(12.5);
        // 4.5 s of CPU in 3 s of wall time: one and a half cores
        assertThat(spent.coresBusy(3_000_000_000L)).isEqualTo(1.5);
    }

    @Test
    void whatThePlatformDoesNotSayStaysUnknownInsteadOfZero() {
        CpuUse spent = new CpuUse(5_000_000_000L, -1).since(new CpuUse(1_000_000_000L, 1_500_000_000L));
        assertThat(spent.kafkaNanos()).isEqualTo(-1);
        assertThat(spent.kafkaMicrosPerEvent(10)).isNaN();
        assertThat(spent.coresBusy(1_000_000_000L)).isNaN();
        assertThat(spent.shiptwinMicrosPerEvent(0)).isNaN();
    }

    @Test
    void thisJvmReportsItsOwnCpu() {
        CpuUse now = CpuUse.now(-1);
        assertThat(now.shiptwinNanos()).isPositive();
        assertThat(now.kafkaNanos()).isEqualTo(-1);
    }
}
