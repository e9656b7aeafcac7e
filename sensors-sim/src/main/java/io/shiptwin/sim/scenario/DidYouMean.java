package io.shiptwin.sim.scenario;

import java.util.Collection;

/** Suggests the closest known name for a misspelt one (Levenshtein distance). */
final class DidYouMean {
    private DidYouMean() {
    }

    /** {@code ", did you mean 'x'?"} when a candidate is close enough, else {@code ""}. */
    static String suggest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(given.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int tolerance = best == null ? 0 : Math.max(2, Math.max(given.length(), best.length()) / 2);
        return best != null && bestDistance <= tolerance ? ", did you mean '" + best + "'?" : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
