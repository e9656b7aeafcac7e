package io.shiptwin.sim.feed;

import io.shiptwin.sim.yard.GroundTruth;
import io.shiptwin.sim.yard.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the yard model told its listener, in the order it was told (simulated time never goes
 * back in that order): the raw history the feed translates into events.
 */
final class YardHistory implements GroundTruth.Listener {

    sealed interface Happening permits Started, Finished, Incident, WorkStarted, WorkFinished, Steel {
        long time();
    }

    record Started(String entity, Stage stage, long time) implements Happening {
    }

    record Finished(GroundTruth.StageRecord record) implements Happening {
        public long time() {
            return record.finish();
        }
    }

    record Incident(GroundTruth.Incident incident) implements Happening {
        public long time() {
            return incident.time();
        }
    }

    record WorkStarted(String entity, Stage stage, boolean rework, String resource, long time) implements Happening {
    }

    record WorkFinished(String entity, Stage stage, boolean rework, String resource, long start, long time, double hours,
                        int crew, double powerKw) implements Happening {
    }

    record Steel(String block, String supplier, double tonnes, long time) implements Happening {
    }

    final List<Happening> happenings = new ArrayList<>();

    @Override
    public void stageStarted(String entity, Stage stage, long time) {
        happenings.add(new Started(entity, stage, time));
    }

    @Override
    public void stageFinished(GroundTruth.StageRecord record) {
        happenings.add(new Finished(record));
    }

    @Override
    public void incident(GroundTruth.Incident incident) {
        happenings.add(new Incident(incident));
    }

    @Override
    public void workStarted(String entity, Stage stage, boolean rework, String resource, long time) {
        happenings.add(new WorkStarted(entity, stage, rework, resource, time));
    }

    @Override
    public void workFinished(String entity, Stage stage, boolean rework, String resource, long start, long end, double hours,
                             int crew, double powerKw) {
        happenings.add(new WorkFinished(entity, stage, rework, resource, start, end, hours, crew, powerKw));
    }

    @Override
    public void steelDelivered(String block, String supplier, double tonnes, long time) {
        happenings.add(new Steel(block, supplier, tonnes, time));
    }
}
