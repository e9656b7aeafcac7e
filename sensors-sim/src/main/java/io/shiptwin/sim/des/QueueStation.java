package io.shiptwin.sim.des;

import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * One work station fed by a stream of jobs: the G/G/c queue that the engine is validated against
 * (M/M/1, M/M/c) and benchmarked on. Jobs are pooled, so a long run allocates nothing per job.
 * Distributions are in hours; random streams are named after the station.
 */
public final class QueueStation {
    private final Simulation sim;
    private final Resource servers;
    private final Distribution interarrivalHours;
    private final Distribution serviceHours;
    private final SplittableRandom arrivals;
    private final SplittableRandom services;
    private final ArrayDeque<Job> pool = new ArrayDeque<>();
    private final Tally systemTimes = new Tally();
    private final TimeWeighted inSystem;
    private final Action arrive = this::arrive;
    private long arrivalsCount;
    private long departures;
    private long statsStart;

    public QueueStation(Simulation sim, String name, int servers, Distribution interarrivalHours, Distribution serviceHours) {
        this.sim = sim;
        this.servers = new Resource(sim, name, servers);
        this.interarrivalHours = interarrivalHours;
        this.serviceHours = serviceHours;
        this.arrivals = sim.random().stream(name + ".arrivals");
        this.services = sim.random().stream(name + ".services");
        this.inSystem = new TimeWeighted(sim.now());
    }

    /** Schedules the first arrival. */
    public QueueStation start() {
        sim.schedule(SimTime.hours(interarrivalHours.duration(arrivals)), arrive);
        return this;
    }

    public Resource servers() {
        return servers;
    }

    /** Time in system (wait + service) per departed job, in millis. */
    public Tally systemTimes() {
        return systemTimes;
    }

    /** Time-average number of jobs in the station (waiting + in service). */
    public double meanInSystem() {
        return inSystem.mean(sim.now());
    }

    /** Arrivals per hour since the last statistics reset. */
    public double arrivalRatePerHour() {
        double hours = SimTime.toHours(sim.now() - statsStart);
        return hours <= 0 ? 0 : arrivalsCount / hours;
    }

    public long departures() {
        return departures;
    }

    public void resetStatistics() {
        servers.resetStatistics();
        systemTimes.reset();
        inSystem.reset(sim.now());
        arrivalsCount = 0;
        departures = 0;
        statsStart = sim.now();
    }

    private void arrive() {
        arrivalsCount++;
        Job job = pool.isEmpty() ? new Job() : pool.pop();
        job.arrivedAt = sim.now();
        inSystem.set(sim.now(), inSystem.value() + 1);
        servers.request(job.startService);
        sim.schedule(SimTime.hours(interarrivalHours.duration(arrivals)), arrive);
    }

    private final class Job {
        long arrivedAt;
        final Action finish = this::finish;
        final Action startService = () -> sim.schedule(SimTime.hours(serviceHours.duration(services)), finish);

        private void finish() {
            servers.release();
            departures++;
            systemTimes.add(sim.now() - arrivedAt);
            inSystem.set(sim.now(), inSystem.value() - 1);
            pool.push(this);
        }
    }
}
