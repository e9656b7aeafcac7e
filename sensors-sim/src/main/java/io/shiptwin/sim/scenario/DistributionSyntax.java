package io.shiptwin.sim.scenario;

import io.shiptwin.sim.des.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a scenario writes a distribution: a plain number is a constant; otherwise
 * {@code name(arg, ...)}: {@code constant(x)}, {@code uniform(min, max)}, {@code triangular(min, mode, max)},
 * {@code normal(mean, sd)}, {@code lognormal(mean, sd)}, {@code exponential(mean)},
 * {@code empirical(value:weight, ...)}.
 */
public final class DistributionSyntax {
    private static final Map<String, String> SIGNATURES = Map.of(
            "constant", "(value)", "uniform", "(min, max)", "triangular", "(min, mode, max)",
            "normal", "(mean, sd)", "lognormal", "(mean, sd)", "exponential", "(mean)",
            "empirical", "(value:weight, ...)");

    private DistributionSyntax() {
    }

    /** Parses {@code text}; throws IllegalArgumentException with a message that does not repeat the path. */
    public static Distribution parse(String text) {
        String s = text.trim();
        int open = s.indexOf('(');
        if (open < 0 || !s.endsWith(")")) {
            try {
                return new Distribution.Constant(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number or a distribution like triangular(1, 2, 4), got '" + text + "'");
            }
        }
        String name = s.substring(0, open).trim();
        if (!SIGNATURES.containsKey(name)) {
            throw new IllegalArgumentException("unknown distribution '" + name + "'" + DidYouMean.suggest(name, SIGNATURES.keySet().stream().sorted().toList()));
        }
        String body = s.substring(open + 1, s.length() - 1).trim();
        List<String> args = body.isEmpty() ? List.of() : List.of(body.split("\\s*,\\s*"));
        if (name.equals("empirical")) {
            return empirical(args, text);
        }
        double[] a = numbers(args, text);
        int expected = SIGNATURES.get(name).split(",").length;
        if (a.length != expected) {
            throw new IllegalArgumentException(name + " takes " + expected + " argument" + (expected == 1 ? "" : "s")
                    + " " + SIGNATURES.get(name) + ", got " + a.length);
        }
        return switch (name) {
            case "constant" -> new Distribution.Constant(a[0]);
            case "uniform" -> new Distribution.Uniform(a[0], a[1]);
            case "triangular" -> new Distribution.Triangular(a[0], a[1], a[2]);
            case "normal" -> new Distribution.Normal(a[0], a[1]);
            case "lognormal" -> new Distribution.LogNormal(a[0], a[1]);
            default -> new Distribution.Exponential(a[0]);
        };
    }

    /** The text form of a distribution, the inverse of {@link #parse(String)}. */
    public static String format(Distribution d) {
        if (d instanceof Distribution.Constant c) {
            return "constant(" + c.value() + ")";
        } else if (d instanceof Distribution.Uniform u) {
            return "uniform(" + u.min() + ", " + u.max() + ")";
        } else if (d instanceof Distribution.Triangular t) {
            return "triangular(" + t.min() + ", " + t.mode() + ", " + t.max() + ")";
        } else if (d instanceof Distribution.Normal n) {
            return "normal(" + n.mean() + ", " + n.sd() + ")";
        } else if (d instanceof Distribution.LogNormal l) {
            return "lognormal(" + l.mean() + ", " + l.sd() + ")";
        } else if (d instanceof Distribution.Exponential e) {
            return "exponential(" + e.mean() + ")";
        }
        Distribution.Empirical e = (Distribution.Empirical) d;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < e.values().length; i++) {
            parts.add(e.values()[i] + ":" + e.weights()[i]);
        }
        return "empirical(" + String.join(", ", parts) + ")";
    }

    private static Distribution empirical(List<String> args, String text) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("empirical takes at least 1 argument " + SIGNATURES.get("empirical") + ", got 0");
        }
        double[] values = new double[args.size()];
        double[] weights = new double[args.size()];
        for (int i = 0; i < args.size(); i++) {
            String[] vw = args.get(i).split("\\s*:\\s*");
            double[] n = numbers(List.of(vw), text);
            values[i] = n[0];
            weights[i] = n.length > 1 ? n[1] : 1.0;
        }
        return new Distribution.Empirical(values, weights);
    }

    private static double[] numbers(List<String> args, String text) {
        double[] out = new double[args.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(args.get(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("argument '" + args.get(i) + "' of '" + text + "' is not a number");
            }
        }
        return out;
    }
}
