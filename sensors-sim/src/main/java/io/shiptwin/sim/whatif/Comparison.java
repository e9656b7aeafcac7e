package io.shiptwin.sim.whatif;

import java.util.ArrayList;
import java.util.List;

/**
 * A base scenario against its variants, replication i of each sharing random numbers with
 * replication i of the base (common random numbers); differences are paired, which makes their
 * intervals much narrower than the difference of two independent means.
 */
public record Comparison(WhatIfResult base, List<WhatIfResult> variants) {

    public Comparison {
        variants = List.copyOf(variants);
    }

    /** Variant minus base, per KPI, with a paired-t 95% interval. */
    public record Difference(String variant, Kpi kpi, Estimate difference) {
        /** True when the interval excludes zero and the sign is the good one for this KPI. */
        public boolean clearlyBetter() {
            return kpi.lowerIsBetter() ? difference.high() < 0 : difference.low() > 0;
        }

        public boolean clearlyWorse() {
            return kpi.lowerIsBetter() ? difference.low() > 0 : difference.high() < 0;
        }
    }

    public List<Difference> differences() {
        List<Difference> out = new ArrayList<>();
        for (WhatIfResult v : variants) {
            int n = Math.min(v.replications().size(), base.replications().size());
            for (Kpi k : Kpi.ALL) {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = v.replications().get(i).kpi(k) - base.replications().get(i).kpi(k);
                }
                out.add(new Difference(v.scenario(), k, Estimate.of(d)));
            }
        }
        return out;
    }

    /** All results, base first. */
    public List<WhatIfResult> all() {
        List<WhatIfResult> all = new ArrayList<>();
        all.add(base);
        all.addAll(variants);
        return all;
    }
}
