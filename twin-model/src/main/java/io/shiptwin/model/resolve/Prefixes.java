package io.shiptwin.model.resolve;

import java.util.regex.Pattern;

/** Checks on node prefixes, and the one way a malformed identifier is reported. */
final class Prefixes {
    private static final Pattern LEVEL = Pattern.compile("[0-9]{1,8}");

    private Prefixes() {
    }

    static String requireLevels(String field, String prefix, int levels) {
        String[] parts = prefix == null ? new String[0] : prefix.split("\\.", -1);
        boolean ok = parts.length == levels && parts[0].equals("88");
        for (int i = 0; ok && i < parts.length; i++) {
            ok = LEVEL.matcher(parts[i]).matches();
        }
        if (!ok) {
            throw new IllegalArgumentException(field + ": expected " + (levels == 2 ? "88.{industry}" : "88.{industry}.{enterprise}")
                    + " with digits, got '" + prefix + "'");
        }
        return prefix;
    }

    static Resolution malformed(ResolutionRequest request, IllegalArgumentException e) {
        return new Resolution.Failed(ResolutionError.MALFORMED_IDENTIFIER,
                "malformed identifier '" + request.identifier() + "': " + e.getMessage());
    }
}
