package io.shiptwin.streams.kpi;

import io.shiptwin.model.kpi.TwinKpi;
import java.util.ArrayList;
import java.util.List;

/**
 * The KPI values of a closed window, from its accumulated inputs. Sums and counts are emitted for every window
 * that saw an event; ratios only when their denominator is positive (no 0/0), and only in the scopes where they
 * mean something: energy per tonne for the yard, CGT per man-hour for the yard and ships.
 */
final class KpiFormulas {
    private KpiFormulas() {
    }

    static List<KpiValue> values(String scope, String scopeKind, KpiAccumulator a, long now) {
        List<KpiValue> out = new ArrayList<>(7);
        sum(out, TwinKpi.STEEL_THROUGHPUT, a.steelTonnes, scope, scopeKind, a, now);
        sum(out, TwinKpi.BLOCKS_COMPLETED, a.blocksCompleted, scope, scopeKind, a, now);
        sum(out, TwinKpi.MAN_HOURS, a.manHours, scope, scopeKind, a, now);
        if (KpiScope.YARD.equals(scopeKind)) {
            ratio(out, TwinKpi.CGT_PER_MAN_HOUR, a.cgtDelivered, a.manHours, scope, scopeKind, a, now);
            ratio(out, TwinKpi.ENERGY_PER_TONNE, a.energyKwh, a.steelTonnes, scope, scopeKind, a, now);
        } else if (KpiScope.SHIP.equals(scopeKind)) {
            ratio(out, TwinKpi.CGT_PER_MAN_HOUR, a.cgtDelivered, a.deliveredShipManHours, scope, scopeKind, a, now);
        }
        ratio(out, TwinKpi.REWORK_RATE, a.failedInspections, a.inspections, scope, scopeKind, a, now);
        ratio(out, TwinKpi.DFT_COMPLIANCE, a.dftPassed, a.dftInspections, scope, scopeKind, a, now);
        ratio(out, TwinKpi.SCHEDULE_ADHERENCE, a.stagesFinishedOnTime, a.plannedStagesFinished, scope, scopeKind, a, now);
        return out;
    }

    private static void sum(List<KpiValue> out, TwinKpi kpi, double value, String scope, String scopeKind, KpiAccumulator a,
                            long now) {
        out.add(new KpiValue(kpi.id(), scope, scopeKind, a.windowKind, a.windowStart, a.windowEnd, value, value, 1,
                kpi.unit(), a.events, a.lateUpdates, now));
    }

    private static void ratio(List<KpiValue> out, TwinKpi kpi, double numerator, double denominator, String scope,
                              String scopeKind, KpiAccumulator a, long now) {
        if (denominator > 0 && (kpi != TwinKpi.CGT_PER_MAN_HOUR || numerator > 0)) {
            out.add(new KpiValue(kpi.id(), scope, scopeKind, a.windowKind, a.windowStart, a.windowEnd, numerator / denominator,
                    numerator, denominator, kpi.unit(), a.events, a.lateUpdates, now));
        }
    }
}
