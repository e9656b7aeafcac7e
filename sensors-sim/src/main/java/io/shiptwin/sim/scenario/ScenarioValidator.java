package io.shiptwin.sim.scenario;

import io.shiptwin.sim.scenario.Perturbations.ExtraResource;
import io.shiptwin.sim.scenario.Scenario.OrderSeries;
import io.shiptwin.sim.scenario.Scenario.ShipDesign;
import io.shiptwin.sim.scenario.Scenario.Supplier;
import io.shiptwin.sim.scenario.Yard.GantryCrane;
import io.shiptwin.sim.scenario.Yard.WorkCentre;
import java.util.ArrayList;
import java.util.List;

/** Rules that span fields: references between parts, coverage, ranges. Messages name path, rule and value. */
final class ScenarioValidator {
    private ScenarioValidator() {
    }

    static List<String> validate(Scenario s) {
        Checks c = new Checks();
        c.positive("horizonDays", s.horizonDays());
        calendar(c, s.calendar());
        new YardChecks(c).check(s.yard());
        suppliers(c, s.suppliers());
        designs(c, s);
        orderBook(c, s);
        stages(c, s.stages());
        quality(c, s.quality());
        climate(c, s.climate());
        c.nonNegative("costs.labourPerHour", s.costs().labourPerHour());
        c.nonNegative("costs.steelPerTonne", s.costs().steelPerTonne());
        c.nonNegative("costs.energyPerKwh", s.costs().energyPerKwh());
        new PerturbationChecks(c).check(s);
        operation(c, s.operation());
        streaming(c, s.streaming());
        return c.problems();
    }

    private static void calendar(Checks c, Scenario.WorkCalendar cal) {
        c.atLeast("calendar.shiftsPerDay", cal.shiftsPerDay(), 1);
        c.positive("calendar.hoursPerShift", cal.hoursPerShift());
        c.atMost("calendar.hoursPerShift", cal.hoursPerShift() * cal.shiftsPerDay(), 24, " in a day (shiftsPerDay x hoursPerShift)");
        c.atLeast("calendar.workingDaysPerWeek", cal.workingDaysPerWeek(), 1);
        c.atMost("calendar.workingDaysPerWeek", cal.workingDaysPerWeek(), 7, "");
        c.nonNegative("calendar.firstShiftStartHour", cal.firstShiftStartHour());
        if (cal.shiftsPerDay() * cal.hoursPerShift() <= 24) {
            c.atMost("calendar.firstShiftStartHour", cal.firstShiftStartHour() + cal.shiftsPerDay() * cal.hoursPerShift(), 24,
                    " at the end of the last shift (the working window may not cross midnight)");
        }
    }

    private static void suppliers(Checks c, List<Supplier> suppliers) {
        c.notEmpty("suppliers", suppliers);
        c.uniqueNames("suppliers", suppliers, Supplier::name);
        double sum = 0;
        for (int i = 0; i < suppliers.size(); i++) {
            c.positive("suppliers[" + i + "].share", suppliers.get(i).share());
            sum += suppliers.get(i).share();
        }
        if (!suppliers.isEmpty() && Math.abs(sum - 1) > 1e-6) {
            c.add("suppliers: shares must sum to 1, got " + Checks.fmt(Math.round(sum * 1e6) / 1e6));
        }
    }

    private static void designs(Checks c, Scenario s) {
        c.notEmpty("designs", s.designs());
        c.uniqueNames("designs", s.designs(), ShipDesign::name);
        double smallestCrane = s.yard().cranes().stream().mapToDouble(GantryCrane::capacityTonnes).min().orElse(Double.MAX_VALUE);
        for (int i = 0; i < s.designs().size(); i++) {
            ShipDesign d = s.designs().get(i);
            String p = "designs[" + i + "].";
            c.atLeast(p + "blocks", d.blocks(), 1);
            c.positive(p + "steelTonnes", d.steelTonnes());
            c.positive(p + "cgt", d.cgt());
            c.fraction(p + "blockWeightSpread", d.blockWeightSpread());
            c.notEmpty(p + "zones", d.zones());
            c.atLeast(p + "blocksPerGrandBlock", d.blocksPerGrandBlock(), 1);
            c.positive(p + "maxGrandBlockTonnes", d.maxGrandBlockTonnes());
            if (smallestCrane > 0) {
                c.atMost(p + "maxGrandBlockTonnes", d.maxGrandBlockTonnes(), smallestCrane, " (smallest crane capacityTonnes)");
            }
            c.atLeast(p + "erectionFronts", d.erectionFronts(), 1);
            c.nonNegative(p + "steelReleaseDays", d.steelReleaseDays());
        }
    }

    private static void orderBook(Checks c, Scenario s) {
        c.notEmpty("orderBook", s.orderBook());
        List<String> designs = s.designs().stream().map(ShipDesign::name).toList();
        for (int i = 0; i < s.orderBook().size(); i++) {
            OrderSeries o = s.orderBook().get(i);
            String p = "orderBook[" + i + "].";
            c.oneOf(p + "design", o.design(), designs, "design");
            c.atLeast(p + "ships", o.ships(), 1);
            c.nonNegative(p + "firstStartDay", o.firstStartDay());
            c.nonNegative(p + "intervalDays", o.intervalDays());
            c.positive(p + "contractDays", o.contractDays());
        }
    }

    private static void stages(Checks c, Stages st) {
        c.positive("stages.referenceBlockTonnes", st.referenceBlockTonnes());
        c.atLeast("stages.paintCoats", st.paintCoats(), 1);
        c.atLeast("stages.preErectionCrewSize", st.preErectionCrewSize(), 1);
        c.probability("stages.dockEntryReadyFraction", st.dockEntryReadyFraction());
        c.atLeast("stages.dockCrewSize", st.dockCrewSize(), 1);
        c.atLeast("stages.quayCrewSize", st.quayCrewSize(), 1);
        c.nonNegative("stages.dockPowerKw", st.dockPowerKw());
        c.nonNegative("stages.quayPowerKw", st.quayPowerKw());
    }

    private static void quality(Checks c, Quality q) {
        // < 1: a check that always fails would rework for ever
        c.fraction("quality.blockDefectProbability", q.blockDefectProbability());
        c.fraction("quality.coatingDefectProbability", q.coatingDefectProbability());
        c.fraction("quality.coatingDefectProbabilityOutOfSpec", q.coatingDefectProbabilityOutOfSpec());
        c.nonNegative("quality.designRevisionsPerShip", q.designRevisionsPerShip());
        c.positive("quality.revisionWindowDays", q.revisionWindowDays());
        c.probability("quality.revisionAffectedBlockShare", q.revisionAffectedBlockShare());
    }

    private static void climate(Checks c, Climate cl) {
        c.fraction("climate.hourlyPersistence", cl.hourlyPersistence());
        c.nonNegative("climate.humiditySdPct", cl.humiditySdPct());
        c.nonNegative("climate.windSdMs", cl.windSdMs());
        c.positive("climate.maxHumidityPct", cl.maxHumidityPct());
        c.atMost("climate.maxHumidityPct", cl.maxHumidityPct(), 100, "");
        c.nonNegative("climate.boothHumidityReductionPct", cl.boothHumidityReductionPct());
    }

    private static void operation(Checks c, Operation o) {
        c.positive("operation.reportIntervalHours", o.reportIntervalHours());
        c.nonNegative("operation.serviceSpeedKnots", o.serviceSpeedKnots());
        c.nonNegative("operation.speedSdKnots", o.speedSdKnots());
        c.probability("operation.atSeaShare", o.atSeaShare());
        c.nonNegative("operation.fuelTonnesPerDayAtSea", o.fuelTonnesPerDayAtSea());
        c.oneOf("operation.classSociety", o.classSociety(),
                java.util.Arrays.stream(io.shiptwin.model.yard.ClassSociety.values()).map(Enum::name).toList(), "class society");
        c.nonNegative("operation.deadweightPerSteelTonne", o.deadweightPerSteelTonne());
        c.positive("operation.annualSurveyIntervalYears", o.annualSurveyIntervalYears());
        c.positive("operation.intermediateSurveyAtYears", o.intermediateSurveyAtYears());
        c.positive("operation.specialSurveyIntervalYears", o.specialSurveyIntervalYears());
        c.probability("operation.surveyPassProbability", o.surveyPassProbability());
        if (!o.area().matches("[a-z0-9][a-z0-9-]*")) {
            c.add("operation.area: must be lower-case letters, digits and '-', got '" + o.area() + "'");
        }
    }

    private static void streaming(Checks c, Streaming st) {
        c.atLeast("streaming.samplePeriodSeconds", st.samplePeriodSeconds(), 0.001);
        c.nonNegative("streaming.pumpsPerDock", st.pumpsPerDock());
        c.nonNegative("streaming.failurePrecursorHours", st.failurePrecursorHours());
        c.nonNegative("streaming.gatewayUtilisation", st.gatewayUtilisation());
        if (!st.currency().matches("[A-Z]{3}")) {
            c.add("streaming.currency: must be an ISO 4217 code like CNY, got '" + st.currency() + "'");
        }
    }

    /** Names an {@link ExtraResource} may use. */
    static List<String> resourceNames(Yard y) {
        List<String> names = new ArrayList<>(y.workCentres().stream().map(WorkCentre::name).toList());
        y.docks().forEach(d -> names.add(d.name() + "/cranes"));
        names.addAll(List.of("paintingBooths", "preErectionSites", "quayBerths"));
        return names;
    }
}
