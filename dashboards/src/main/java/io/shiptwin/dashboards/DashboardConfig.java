package io.shiptwin.dashboards;

import java.util.Objects;

/**
 * Where the dashboard listens, and the token that guards changing endpoints.
 *
 * <p>{@code portFlag} is the command-line flag that sets {@code port}; it is carried here so that the
 * "port in use" error can tell the user exactly which flag to change, whichever launcher started us.
 *
 * @param host     interface to bind; the default {@code 127.0.0.1} keeps the twin private to this machine
 * @param port     TCP port, 0 for any free port ({@link DashboardServer#port()} then says which)
 * @param portFlag the launcher flag that sets the port, named in bind errors
 * @param apiToken bearer token that requests which change something (any method but GET, HEAD, OPTIONS)
 *                 must carry when {@code host} is not a loopback address; {@code null} = none configured,
 *                 and then such requests are refused when bound beyond loopback (see {@link ApiGuard})
 */
public record DashboardConfig(String host, int port, String portFlag, String apiToken) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_PORT_FLAG = "--dashboard-port";

    public DashboardConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(portFlag, "portFlag");
        if (host.isBlank()) {
            throw new IllegalArgumentException("dashboard host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("dashboard port must be 0..65535, got " + port);
        }
        if (apiToken != null && apiToken.isBlank()) {
            apiToken = null;
        }
        if (apiToken != null && apiToken.length() < 16) {
            throw new IllegalArgumentException("dashboard apiToken must be at least 16 characters, got " + apiToken.length());
        }
    }

    /** Without an API token: enough while bound to loopback. */
    public DashboardConfig(String host, int port, String portFlag) {
        this(host, port, portFlag, null);
    }

    /** {@code 127.0.0.1:8080}, flag {@code --dashboard-port}, no token. */
    public static DashboardConfig defaults() {
        return new DashboardConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_PORT_FLAG);
    }

    public DashboardConfig withPort(int newPort) {
        return new DashboardConfig(host, newPort, portFlag, apiToken);
    }

    public DashboardConfig withHost(String newHost) {
        return new DashboardConfig(newHost, port, portFlag, apiToken);
    }

    public DashboardConfig withPortFlag(String newPortFlag) {
        return new DashboardConfig(host, port, newPortFlag, apiToken);
    }

    public DashboardConfig withApiToken(String newApiToken) {
        return new DashboardConfig(host, port, portFlag, newApiToken);
    }

    /** The token is never printed, so a config can be logged. */
    @Override
    public String toString() {
        return "DashboardConfig[host=" + host + ", port=" + port + ", portFlag=" + portFlag
                + ", apiToken=" + (apiToken == null ? "none" : "set") + "]";
    }
}
