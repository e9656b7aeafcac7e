package io.shiptwin.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Industrial Internet identifier, Handle-style: {@code prefix/suffix}.
 *
 * <p>The prefix is hierarchical: the national code {@code 88}, then the industry code, then the
 * enterprise code ({@code 88.118.8001}). The suffix is chosen by the enterprise and names the object
 * ({@code EQ-GC-01}, {@code SHIP-H1234}). Prefix codes in ShipTwin are illustrative, not registered.
 */
public record Identifier(String prefix, String suffix) {

    /** The illustrative enterprise prefix of the simulated yard. */
    public static final String DEFAULT_YARD_PREFIX = "88.118.8001";

    private static final Pattern PREFIX = Pattern.compile("88(\\.[0-9]{1,8}){2,}");
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public Identifier {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("identifier prefix must be '88.{industry}.{enterprise}' with digits, got '" + prefix + "'");
        }
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("identifier suffix must be 1-128 of [A-Za-z0-9._-] starting with a letter or digit, got '" + suffix + "'");
        }
    }

    /** Parses {@code 88.118.8001/EQ-GC-01}; the message of the exception says what is wrong. */
    public static Identifier parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("identifier is empty");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("identifier '" + text + "' has no '/' between prefix and suffix");
        }
        return new Identifier(text.substring(0, slash), text.substring(slash + 1));
    }

    /** True when {@code text} parses; never throws. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The national code of the prefix: always {@code 88} in this scheme. */
    public String nationalCode() {
        return prefixLevel(0);
    }

    /** The industry (secondary node) code, {@code 118} in {@code 88.118.8001}. */
    public String industryCode() {
        return prefixLevel(1);
    }

    /** The enterprise code, {@code 8001} in {@code 88.118.8001}. */
    public String enterpriseCode() {
        return prefixLevel(2);
    }

    /** The prefix the industry (secondary) node answers for: {@code 88.118}. */
    public String industryPrefix() {
        return nationalCode() + "." + industryCode();
    }

    /** The prefix an enterprise node answers for: {@code 88.118.8001}, without sub-enterprise levels. */
    public String enterprisePrefix() {
        return industryPrefix() + "." + enterpriseCode();
    }

    private String prefixLevel(int level) {
        return prefix.split("\\.")[level];
    }

    /** The identifier of a piece of yard equipment by its asset tag, e.g. {@code GC-01 -> 88.118.8001/EQ-GC-01}. */
    public static Identifier equipment(String yardPrefix, String assetTag) {
        return new Identifier(yardPrefix, "EQ-" + assetTag);
    }

    @Override
    public String toString() {
        return prefix + "/" + suffix;
    }
}
