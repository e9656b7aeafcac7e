package io.shiptwin.sim.yard;

import io.shiptwin.sim.des.Action;
import io.shiptwin.sim.des.Gate;
import io.shiptwin.sim.des.SimTime;
import io.shiptwin.sim.des.Simulation;
import io.shiptwin.sim.scenario.Climate;
import io.shiptwin.sim.scenario.Perturbations.ClimateSeason;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hourly weather driving two kinds of gate: the paint booths' climate (coating allowed only while
 * RH <= the limit and steel >= dew point + margin, ISO 8502-4 / IMO PSPC) and wind over each dock
 * (lifts stop above the cranes' wind limit). Humidity and wind are AR(1) series around their means,
 * shifted during a climate season; temperature follows a daily sine.
 */
public final class Weather {
    private final Simulation sim;
    private final Climate climate;
    private final List<ClimateSeason> seasons;
    private final SplittableRandom random;
    private final Gate paintingClimate;
    private final List<Gate> windGates;
    private final double[] windLimits;
    private final Action tick = this::tick;
    private double humidityAnomaly;
    private double windAnomaly;

    public Weather(Simulation sim, Climate climate, List<ClimateSeason> seasons, List<Gate> windGates, double[] windLimits) {
        this.sim = sim;
        this.climate = climate;
        this.seasons = List.copyOf(seasons);
        this.random = sim.random().stream("weather");
        this.paintingClimate = new Gate(sim, "booth-climate", true);
        this.windGates = List.copyOf(windGates);
        this.windLimits = windLimits.clone();
    }

    public Gate paintingClimate() {
        return paintingClimate;
    }

    public void start() {
        sim.schedule(0, tick);
    }

    private void tick() {
        double day = SimTime.toDays(sim.now());
        double humidityOffset = 0;
        double temperatureOffset = 0;
        double windOffset = 0;
        for (ClimateSeason s : seasons) {
            if (day >= s.fromDay() && day < s.toDay()) {
                humidityOffset += s.humidityOffsetPct();
                temperatureOffset += s.temperatureOffsetC();
                windOffset += s.windOffsetMs();
            }
        }
        double phi = climate.hourlyPersistence();
        double innovation = Math.sqrt(1 - phi * phi);
        humidityAnomaly = phi * humidityAnomaly + innovation * climate.humiditySdPct() * random.nextGaussian();
        windAnomaly = phi * windAnomaly + innovation * climate.windSdMs() * random.nextGaussian();
        double hourOfDay = (day - Math.floor(day)) * 24;
        double air = climate.meanTemperatureC() + temperatureOffset
                + climate.dailyTemperatureSwingC() / 2 * Math.sin((hourOfDay - 9) / 24 * 2 * Math.PI);
        double boothRh = clamp(climate.meanHumidityPct() + humidityOffset + humidityAnomaly - climate.boothHumidityReductionPct(), 1, 100);
        paintingClimate.set(coatingAllowed(air, boothRh, air - climate.steelLagC(), climate));
        double wind = Math.max(0, climate.meanWindMs() + windOffset + windAnomaly);
        for (int i = 0; i < windGates.size(); i++) {
            windGates.get(i).set(wind <= windLimits[i]);
        }
        sim.schedule(SimTime.MILLIS_PER_HOUR, tick);
    }

    /** IMO PSPC / ISO 8502-4: coat only while RH <= limit and the steel is at least the margin above the dew point. */
    static boolean coatingAllowed(double airC, double rhPct, double steelC, Climate climate) {
        return rhPct <= climate.maxHumidityPct() && steelC >= dewPoint(airC, rhPct) + climate.minDewPointMarginC();
    }

    /** Magnus formula (Sonntag 1990 constants), degrees C. */
    static double dewPoint(double airC, double rhPct) {
        double gamma = Math.log(rhPct / 100.0) + 17.62 * airC / (243.12 + airC);
        return 243.12 * gamma / (17.62 - gamma);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
