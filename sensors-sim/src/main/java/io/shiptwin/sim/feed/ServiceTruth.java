package io.shiptwin.sim.feed;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.EventHeader;
import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.SurveyCompleted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service life of one delivered ship as the simulation made it, before any network: its delivery and the
 * operational reports and surveys {@link ServiceLife} drew for it within the feed's bound. What the service twin
 * should hold; for the fidelity check. Event ids and sequences of these events are not the published ones.
 *
 * @param ship            the yard name, e.g. {@code SHIP-H1001}
 * @param deliveredMillis event time of the delivery (epoch millis of the simulated clock)
 */
public record ServiceTruth(String ship, long deliveredMillis, List<OperationalReport> reports, List<SurveyCompleted> surveys) {

    public ServiceTruth {
        reports = List.copyOf(reports);
        surveys = List.copyOf(surveys);
    }

    static List<ServiceTruth> of(Map<String, Long> deliveries, Map<String, List<Pending>> lives, long simStartMillis) {
        List<ServiceTruth> out = new ArrayList<>();
        for (Map.Entry<String, List<Pending>> life : lives.entrySet()) {
            List<OperationalReport> reports = new ArrayList<>();
            List<SurveyCompleted> surveys = new ArrayList<>();
            for (Pending p : life.getValue()) {
                EventHeader h = new EventHeader("truth:" + p.subject().suffix() + ":" + p.time(), p.subject().toString(), 1,
                        simStartMillis + p.time(), "truth", p.area(), p.segment());
                BusinessEvent e = p.body().apply(h);
                if (e instanceof OperationalReport r) {
                    reports.add(r);
                } else if (e instanceof SurveyCompleted s) {
                    surveys.add(s);
                }
            }
            out.add(new ServiceTruth(life.getKey(), simStartMillis + deliveries.get(life.getKey()), reports, surveys));
        }
        return out;
    }
}
