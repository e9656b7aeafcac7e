package io.shiptwin.sim.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkStageTest {
    private static final long T0 = 1_772_409_600_000_000_000L;
    private static final long MILLI = 1_000_000L;
    private static final int N = 100_000;

    @ParameterizedTest
    @ValueSource(strings = {"wifi", "5g", "congested"})
    void lossRateOverAHundredThousandMessagesIsWithinABinomialToleranceOfTheProfile(String name) {
        LinkProfile profile = LinkProfile.named(name);
        NetworkStats stats = sendAndDrain(profile, 1, N, 10 * MILLI).stats;

        double p = profile.lossProbability();
        assertThat((double) stats.lost() / N).isCloseTo(p, offset(4 * Math.sqrt(p * (1 - p) / N)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wifi", "5g", "congested"})
    void duplicationRateOfDeliveredMessagesIsWithinABinomialToleranceOfTheProfile(String name) {
        LinkProfile profile = LinkProfile.named(name);
        NetworkStats stats = sendAndDrain(profile, 2, N, 10 * MILLI).stats;

        long through = N - stats.lost();
        double p = profile.duplicateProbability();
        assertThat((double) stats.duplicated() / through).isCloseTo(p, offset(4 * Math.sqrt(p * (1 - p) / through)));
        assertThat(stats.delivered()).isEqualTo(through + stats.duplicated());
    }

    @Test
    void messagesOvertakeEachOtherWhenTheJitterExceedsTheGapBetweenThem() {
        Run run = sendAndDrain(LinkProfile.WIFI, 3, 10_000, MILLI);

        assertThat(run.stats.reordered()).isGreaterThan(100);
        assertThat(firstCopiesInSendOrder(run.deliveries)).isFalse();
    }

    @Test
    void wiredWithZeroJitterNeverReordersEvenForMessagesSentAtTheSameInstant() {
        LinkProfile wired = LinkProfile.WIRED.withJitterMs(0);
        NetworkStage<Integer> stage = new NetworkStage<>(wired, new SplittableRandom(4));
        List<Delivery<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            long sendTime = T0 + (i / 7) * 1_000 * MILLI; // seven stations share each sample time
            for (Delivery<Integer> d = stage.pollDue(sendTime); d != null; d = stage.pollDue(sendTime)) {
                deliveries.add(d);
            }
            stage.send(sendTime, i);
        }
        for (Delivery<Integer> d = stage.poll(); d != null; d = stage.poll()) {
            deliveries.add(d);
        }

        assertThat(stage.stats().reordered()).isZero();
        assertThat(deliveries).extracting(Delivery::message).isSorted().hasSize(50_000);
    }

    @Test
    void reorderingCountsOnlyMessagesOfOneSourceArrivingOutOfSequence() {
        // Seven sources sample at the same instant, once a second: they overtake each other under Wi-Fi
        // jitter, but no source's own messages do (the jitter is far below a second).
        NetworkStage<Integer> perSource = new NetworkStage<>(LinkProfile.WIFI, new SplittableRandom(12), i -> i % 7);
        NetworkStage<Integer> oneFlow = new NetworkStage<>(LinkProfile.WIFI, new SplittableRandom(12));
        for (NetworkStage<Integer> stage : List.of(perSource, oneFlow)) {
            for (int i = 0; i < 7_000; i++) {
                long sendTime = T0 + (i / 7) * 1_000 * MILLI;
                while (stage.pollDue(sendTime) != null) {
                    // delivered
                }
                stage.send(sendTime, i);
            }
            while (stage.poll() != null) {
                // delivered
            }
        }

        assertThat(perSource.stats().reordered()).isZero();
        assertThat(oneFlow.stats().reordered()).isGreaterThan(1_000);
    }

    @Test
    void sameSeedGivesAnIdenticalDeliverySchedule() {
        Run first = sendAndDrain(LinkProfile.CONGESTED, 5, 20_000, MILLI);
        Run second = sendAndDrain(LinkProfile.CONGESTED, 5, 20_000, MILLI);
        Run otherSeed = sendAndDrain(LinkProfile.CONGESTED, 6, 20_000, MILLI);

        assertThat(second.deliveries).isEqualTo(first.deliveries);
        assertThat(otherSeed.deliveries).isNotEqualTo(first.deliveries);
    }

    @Test
    void deliveriesComeOutInArrivalOrder() {
        Run run = sendAndDrain(LinkProfile.CONGESTED, 7, 20_000, MILLI);

        assertThat(run.deliveries).extracting(Delivery::deliveryNanos).isSorted();
    }

    @Test
    void addedLatencyHasTheProfilesMeanAndNinetyNinthPercentile() {
        LinkProfile wifi = LinkProfile.WIFI;
        NetworkStats stats = sendAndDrain(wifi, 8, N, 10 * MILLI).stats;

        double mean = wifi.baseLatencyMs() + wifi.jitterMs();
        double p99 = wifi.baseLatencyMs() + wifi.jitterMs() * Math.log(100);
        assertThat(stats.meanAddedLatencyMs()).isCloseTo(mean, offset(0.02 * mean));
        assertThat(stats.p99AddedLatencyMs()).isCloseTo(p99, offset(0.05 * p99));
        assertThat(stats.maxAddedLatencyMs()).isGreaterThan(p99);
    }

    @Test
    void aDuplicateArrivesAfterItsFirstCopyByAtLeastTheRetransmitDelay() {
        Run run = sendAndDrain(LinkProfile.CONGESTED, 9, 20_000, MILLI);
        List<Delivery<Integer>> firsts = new ArrayList<>();
        run.deliveries.stream().filter(d -> !d.duplicate()).forEach(firsts::add);
        java.util.Map<Integer, Long> firstArrival = new java.util.HashMap<>();
        firsts.forEach(d -> firstArrival.put(d.message(), d.deliveryNanos()));

        assertThat(run.deliveries.stream().filter(Delivery::duplicate)).isNotEmpty().allSatisfy(d ->
                assertThat(d.deliveryNanos() - firstArrival.get(d.message()))
                        .isGreaterThanOrEqualTo((long) (LinkProfile.CONGESTED.retransmitMs() * MILLI)));
    }

    @Test
    void nothingIsDeliveredBeforeItsArrivalTime() {
        NetworkStage<String> stage = new NetworkStage<>(LinkProfile.WIRED, new SplittableRandom(10));
        stage.send(T0, "m");

        assertThat(stage.pollDue(T0)).isNull();
        assertThat(stage.pollDue(T0 + 499_999)).isNull();
        assertThat(stage.pollDue(T0 + 500_000)).extracting(Delivery::message).isEqualTo("m");
    }

    @Test
    void rejectsSendTimesThatGoBackwards() {
        NetworkStage<String> stage = new NetworkStage<>(LinkProfile.WIFI, new SplittableRandom(11));
        stage.send(T0, "a");
        assertThatIllegalArgumentException().isThrownBy(() -> stage.send(T0 - 1, "b"))
                .withMessageStartingWith("sendNanos: must not go backwards");
    }

    private record Run(List<Delivery<Integer>> deliveries, NetworkStats stats) {
    }

    private static Run sendAndDrain(LinkProfile profile, long seed, int n, long gapNanos) {
        NetworkStage<Integer> stage = new NetworkStage<>(profile, new SplittableRandom(seed));
        List<Delivery<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long now = T0 + i * gapNanos;
            for (Delivery<Integer> d = stage.pollDue(now); d != null; d = stage.pollDue(now)) {
                deliveries.add(d);
            }
            stage.send(now, i);
        }
        for (Delivery<Integer> d = stage.poll(); d != null; d = stage.poll()) {
            deliveries.add(d);
        }
        return new Run(deliveries, stage.stats());
    }

    private static boolean firstCopiesInSendOrder(List<Delivery<Integer>> deliveries) {
        int last = -1;
        for (Delivery<Integer> d : deliveries) {
            if (!d.duplicate()) {
                if (d.message() < last) {
                    return false;
                }
                last = d.message();
            }
        }
        return true;
    }
}
