package io.shiptwin.dashboards;

import java.util.Objects;

/**
 * Where the dashboard listens.
 *
 * <p>{@code portFlag} is the command-line flag that sets {@code port}; it is carried here so that the
 * "port in use" error can tell the user exactly which flag to change, whichever launcher started us.
 *
 * @param host     interface to bind; the default {@code 127.0.0.1} keeps the twin private to this machine
 * @param port     TCP port, 0 for any free port ({@link DashboardServer#port()} then says which)
 * @param portFlag the launcher flag that sets the port, named in bind errors
 */
public record DashboardConfig(String host, int port, String portFlag) {

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
    }

    /** {@code 127.0.0.1:8080}, flag {@code --dashboard-port}. */
    public static DashboardConfig defaults() {
        return new DashboardConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_PORT_FLAG);
    }

    public DashboardConfig withPort(int newPort) {
        return new DashboardConfig(host, newPort, portFlag);
    }

    public DashboardConfig withHost(String newHost) {
        return new DashboardConfig(newHost, port, portFlag);
    }

    public DashboardConfig withPortFlag(String newPortFlag) {
        return new DashboardConfig(host, port, newPortFlag);
    }
}
