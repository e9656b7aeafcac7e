package io.shiptwin.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What ShipTwin's JVM allocated and how often it collected: so far ({@link #now}), or over a phase ({@link #since}).
 * Per event, the bytes allocated are the garbage each event leaves for the collector, and they hold still when the
 * machine's speed drifts; the collections say how often the whole JVM (broker, bridge, Flink) stood still for the young
 * generation, which is what a 10-15 ms pause every second does to the tail of the latency (docs/performance.md).
 *
 * @param allocatedBytes bytes allocated on the heap by all threads, the bench's own publisher included; -1 where the
 *                       platform does not say
 * @param youngCount     collections of the young generation
 * @param youngMillis    their time, summed
 * @param fullCount      collections of the whole heap (or the old generation)
 * @param fullMillis     their time, summed
 */
record HeapUse(long allocatedBytes, long youngCount, long youngMillis, long fullCount, long fullMillis) {

    static HeapUse now() {
        long allocated = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()
                ? threads.getTotalThreadAllocatedBytes() : -1;
        long youngCount = 0;
        long youngMillis = 0;
        long fullCount = 0;
        long fullMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long count = Math.max(0, gc.getCollectionCount());
            long millis = Math.max(0, gc.getCollectionTime());
            if (isYoung(gc.getName())) {
                youngCount += count;
                youngMillis += millis;
            } else {
                fullCount += count;
                fullMillis += millis;
            }
        }
        return new HeapUse(allocated, youngCount, youngMillis, fullCount, fullMillis);
    }

    /**
     * Whether a collector (by its MXBean's name) collects the young generation alone: the serial collector's "Copy",
     * the parallel one's "PS Scavenge", G1's "G1 Young Generation".
     */
    static boolean isYoung(String collector) {
        String name = collector.toLowerCase(Locale.ROOT);
        return name.equals("copy") || name.contains("scavenge") || name.contains("young") || name.contains("parnew");
    }

    /** What was allocated and collected between {@code before} and this reading. */
    HeapUse since(HeapUse before) {
        return new HeapUse(before.allocatedBytes < 0 || allocatedBytes < 0 ? -1 : allocatedBytes - before.allocatedBytes,
                youngCount - before.youngCount, youngMillis - before.youngMillis, fullCount - before.fullCount,
                fullMillis - before.fullMillis);
    }

    /** Kilobytes allocated per event; NaN where unknown. */
    double kilobytesPerEvent(long events) {
        return allocatedBytes < 0 || events <= 0 ? Double.NaN : allocatedBytes / 1024.0 / events;
    }

    /** The mean pause of a young collection in milliseconds; 0 when there was none. */
    double meanYoungMillis() {
        return youngCount == 0 ? 0 : (double) youngMillis / youngCount;
    }
}
