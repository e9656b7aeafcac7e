package io.shiptwin.sim.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The models of the cutting shop, the press, the booth, the transporters, meters, gateways and crews. */
class ProcessEquipmentSignalsTest {
    private static final long T0 = 1_772_409_600_000L;
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    @Test
    void plasmaCutterReportsCuttingChannelsOnlyWhileCutting() {
        PlasmaCutterSignals cutter = new PlasmaCutterSignals(SignalDefaults.plasmaCutter(), new SplittableRandom(1), T0);
        double[] out = new double[4];
        for (int i = 0; i < 2_000; i++) {
            boolean cutting = i % 3 != 0;
            cutter.sample(T0 + i * SECOND, cutting ? EquipmentState.WORKING : EquipmentState.IDLE, out);
            if (cutting) {
                assertThat(out[0]).isBetween(2.0, 6.0);
            } else {
                assertThat(out[0]).isZero();
                assertThat(out[1]).isZero();
                assertThat(out[3]).isZero();
            }
        }
    }

    @Test
    void plasmaConsumablesWearWithArcHoursAndAreRenewedByMaintenance() {
        PlasmaCutterSignals.Params p = SignalDefaults.plasmaCutter();
        PlasmaCutterSignals cutter = new PlasmaCutterSignals(p, new SplittableRandom(2), T0);
        double[] out = new double[4];
        for (long t = T0; t <= T0 + 10 * HOUR; t += 10 * SECOND) {
            cutter.sample(t, EquipmentState.WORKING, out);
        }
        assertThat(out[2]).isCloseTo(10.0, offset(1e-6));
        assertThat(out[3]).isCloseTo(p.kerfMm() + 10 * p.kerfGrowthPerHourMm(), offset(0.25));

        cutter.sample(T0 + 10 * HOUR, EquipmentState.MAINTENANCE, out);
        cutter.maintain(T0 + 11 * HOUR);
        cutter.sample(T0 + 11 * HOUR, EquipmentState.WORKING, out);
        assertThat(out[2]).isZero();
        assertThat(out[3]).isCloseTo(p.kerfMm(), offset(0.25));
    }

    @Test
    void bendingPressLosesHydraulicPressureAsItsCircuitWears() {
        BendingPressSignals.Params p = SignalDefaults.bendingPress();
        BendingPressSignals press = new BendingPressSignals(p, new SplittableRandom(3), T0);
        press.degrade(new Degradation(T0, Duration.ofHours(10), 1));
        double[] out = new double[3];
        press.sample(T0, EquipmentState.working(0.8), out);
        double healthy = out[2];
        press.sample(T0 + 10 * HOUR, EquipmentState.working(0.8), out);
        assertThat(healthy).isCloseTo(p.pressureBar(), offset(10.0));
        assertThat(out[2]).isCloseTo(p.pressureBar() * (1 - p.pressureLossAtFailure()), offset(10.0));
    }

    @Test
    void bendingPressForceNeverExceedsItsRatingAndIsZeroBetweenJobs() {
        BendingPressSignals.Params p = SignalDefaults.bendingPress();
        BendingPressSignals press = new BendingPressSignals(p, new SplittableRandom(4), T0);
        double[] out = new double[3];
        for (int i = 0; i < 5_000; i++) {
            boolean pressing = (i / 100) % 2 == 0;
            press.sample(T0 + i * SECOND, pressing ? EquipmentState.WORKING : EquipmentState.IDLE, out);
            assertThat(out[0]).isLessThanOrEqualTo(p.ratedForceKn() + 4 * p.forceNoise().sigma());
            assertThat(out[1]).isBetween(0.0, p.strokeMm());
            if (!pressing) {
                assertThat(out[0]).isZero();
            }
        }
    }

    @Test
    void paintBoothDewPointFollowsTheMagnusFormulaAndDftOnlyWhileCoating() {
        PaintBoothSignals booth = new PaintBoothSignals(SignalDefaults.paintBooth(), new SplittableRandom(5), T0);
        double[] out = new double[5];
        for (int i = 0; i < 2_000; i++) {
            boolean coating = i % 2 == 0;
            booth.sample(T0 + i * MINUTE, coating ? EquipmentState.WORKING : EquipmentState.IDLE, out);
            double gamma = Math.log(out[1] / 100) + 17.62 * out[0] / (243.12 + out[0]);
            assertThat(out[2]).isCloseTo(243.12 * gamma / (17.62 - gamma), offset(1e-9));
            assertThat(out[2]).isLessThanOrEqualTo(out[0] + 1e-9);
            if (coating) {
                assertThat(out[4]).isPositive();
            } else {
                assertThat(out[4]).isZero();
            }
        }
    }

    @Test
    void aHumidSeasonPushesBoothHumidityOverTheCoatingLimitMoreOften() {
        PaintBoothSignals.Params dry = SignalDefaults.paintBooth();
        PaintBoothSignals.Params humid = new PaintBoothSignals.Params(dry.airTempMeanC(), dry.airTempAmplitudeC(), 85,
                dry.humiditySigmaPct(), dry.humidityTauMinutes(), dry.dehumidificationPct(), dry.steelLagC(),
                dry.dftNominalUm(), dry.tempNoise(), dry.humidityNoise(), dry.dftNoise());
        assertThat(fractionOver85(humid)).isGreaterThan(fractionOver85(dry) + 0.2);
    }

    @Test
    void transporterDrainsItsBatteryFasterWithAHeavierBlockAndChargesWhenParked() {
        TransporterSignals empty = new TransporterSignals(SignalDefaults.transporter(), new SplittableRandom(6), T0);
        TransporterSignals loaded = new TransporterSignals(SignalDefaults.transporter(), new SplittableRandom(6), T0);
        double[] e = new double[4];
        double[] l = new double[4];
        for (long t = T0; t <= T0 + 2 * HOUR; t += 10 * SECOND) {
            empty.sample(t, EquipmentState.working(0), e);
            loaded.sample(t, EquipmentState.working(250), l);
        }
        assertThat(l[3]).isLessThan(e[3]);
        assertThat(e[3]).isCloseTo(100 - 2 * SignalDefaults.transporter().drainPctPerHour(), offset(1e-6));
        assertThat(l[2]).isCloseTo(250, offset(3.0));

        for (long t = T0 + 2 * HOUR; t <= T0 + 3 * HOUR; t += 10 * SECOND) {
            loaded.sample(t, EquipmentState.IDLE, l);
        }
        assertThat(l[1]).isZero();
        assertThat(l[3]).isGreaterThan(e[3]);
    }

    @Test
    void energyMeterIntegratesItsPowerIntoEnergy() {
        EnergyMeterSignals.Params p = SignalDefaults.energyMeter();
        EnergyMeterSignals meter = new EnergyMeterSignals(p, new SplittableRandom(7), T0);
        double[] out = new double[2];
        for (long t = T0; t <= T0 + 2 * HOUR; t += MINUTE) {
            meter.sample(t, EquipmentState.working(0.5), out);
        }
        assertThat(out[1]).isCloseTo(2 * (p.baseKw() + 0.5 * p.productionKw()), offset(1e-6));
    }

    @Test
    void gatewayLatencyGrowsWithUtilisationAndAnOutageCarriesNothing() {
        GatewaySignals gateway = new GatewaySignals(SignalDefaults.gateway(), new SplittableRandom(8), T0);
        double[] out = new double[3];
        gateway.sample(T0, EquipmentState.working(0.1), out);
        double light = out[0];
        gateway.sample(T0 + MINUTE, EquipmentState.working(0.95), out);
        assertThat(out[0]).isGreaterThan(5 * light);
        assertThat(out[1]).isGreaterThan(SignalDefaults.gateway().baseLossPct());

        gateway.sample(T0 + 2 * MINUTE, EquipmentState.DOWN, out);
        assertThat(out).containsExactly(0, 100, 0);
    }

    @Test
    void aGatewayOnAWifiLinkReportsTheLinksMeanLatencyAndLossWhenLightlyLoaded() {
        io.shiptwin.sim.network.LinkProfile wifi = io.shiptwin.sim.network.LinkProfile.WIFI;
        GatewaySignals gateway = new GatewaySignals(SignalDefaults.gateway(wifi), new SplittableRandom(11), T0);
        double[] out = new double[3];
        double sum = 0;
        for (int i = 0; i < 1_000; i++) {
            gateway.sample(T0 + i * MINUTE, EquipmentState.working(0), out);
            sum += out[0];
        }
        assertThat(sum / 1_000).isCloseTo(wifi.baseLatencyMs() + wifi.jitterMs(), offset(0.5));
        assertThat(out[1]).isEqualTo(100 * wifi.lossProbability());
    }

    @Test
    void crewTagsCountPresentMembersNeverMoreThanTheCrewAndMeasureDwell() {
        CrewPresenceSignals crew = new CrewPresenceSignals(SignalDefaults.crewTags(), new SplittableRandom(9), T0);
        double[] out = new double[3];
        crew.sample(T0, EquipmentState.IDLE, out);
        assertThat(out[0]).isZero();
        long sum = 0;
        for (int i = 0; i < 100; i++) {
            crew.sample(T0 + (i + 1) * MINUTE, EquipmentState.working(8), out);
            assertThat(out[0]).isBetween(0.0, 8.0);
            sum += (long) out[0];
        }
        assertThat(out[1]).isCloseTo(99.0, offset(1e-9));
        assertThat(sum / 100.0).isCloseTo(8 * (1 - SignalDefaults.crewTags().missProbability()), offset(0.3));
    }

    private static double fractionOver85(PaintBoothSignals.Params params) {
        PaintBoothSignals booth = new PaintBoothSignals(params, new SplittableRandom(10), T0);
        double[] out = new double[5];
        int over = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            booth.sample(T0 + i * 5 * MINUTE, EquipmentState.IDLE, out);
            if (out[1] > 85) {
                over++;
            }
        }
        return (double) over / n;
    }
}
