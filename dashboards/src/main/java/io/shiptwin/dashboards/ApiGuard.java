package io.shiptwin.dashboards;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a request may change something.
 *
 * <p>Reading is always allowed. A request with any other method (POST, PUT, PATCH, DELETE: starting a
 * scenario, uploading one, running ad-hoc SQL, which changes nothing but can be expensive) needs {@code Authorization: Bearer <apiToken>} when the server is bound beyond
 * loopback; on loopback only this machine's users can reach it, as with the H2 and Kafka ports.
 * Bound beyond loopback without a configured token, changing requests are refused outright rather
 * than left open.
 */
final class ApiGuard {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer ";

    /** Why a request was refused, with the HTTP status to answer. */
    record Refusal(int status, String reason) {
    }

    private final boolean loopback;
    private final byte[] token;

    ApiGuard(String host, String apiToken) {
        this.loopback = isLoopback(host);
        this.token = apiToken == null ? null : apiToken.getBytes(StandardCharsets.UTF_8);
    }

    /** Empty when the request may proceed. */
    Optional<Refusal> check(String method, String authorization) {
        if (loopback || READ_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (token == null) {
            return Optional.of(new Refusal(403, "changing requests are disabled: the dashboard is bound beyond"
                    + " loopback and no apiToken is configured"));
        }
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return Optional.of(new Refusal(401, "missing 'Authorization: Bearer <apiToken>' header"));
        }
        byte[] given = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the time taken must not tell how much of a guess was right.
        if (!MessageDigest.isEqual(given, token)) {
            return Optional.of(new Refusal(401, "wrong API token"));
        }
        return Optional.empty();
    }

    boolean requiresToken() {
        return !loopback;
    }

    /** {@code 127.0.0.0/8}, {@code ::1} and {@code localhost}; a wildcard such as {@code 0.0.0.0} is not. */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false; // a name other than localhost: do not resolve, treat as reachable from outside
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
