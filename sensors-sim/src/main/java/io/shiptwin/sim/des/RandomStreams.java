package io.shiptwin.sim.des;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Named, independent random streams. A stream's seed is derived from the master seed and a stable
 * hash of its NAME (FNV-1a over UTF-8, then SplitMix64 finalising), never from creation order: adding
 * a stream "weather" does not shift "arrivals". That is what makes common random numbers work
 * across a base scenario and its variants.
 */
public final class RandomStreams {
    private final long masterSeed;
    private final Map<String, SplittableRandom> streams = new HashMap<>();

    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** The streams of replication {@code index}: the same index gives the same numbers in every variant. */
    public static RandomStreams forReplication(long masterSeed, int index) {
        return new RandomStreams(mix64(masterSeed + 0x9e3779b97f4a7c15L * (index + 1L)));
    }

    public long masterSeed() {
        return masterSeed;
    }

    /** The stream called {@code name}; the same instance on every call within this object. */
    public SplittableRandom stream(String name) {
        return streams.computeIfAbsent(name, n -> new SplittableRandom(seedOf(n)));
    }

    /** The seed a stream of this name starts from. */
    public long seedOf(String name) {
        return mix64(masterSeed ^ mix64(stableHash(name)));
    }

    /** FNV-1a 64 over the UTF-8 bytes: the same on every JVM, unlike {@link String#hashCode()} mixing. */
    public static long stableHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
