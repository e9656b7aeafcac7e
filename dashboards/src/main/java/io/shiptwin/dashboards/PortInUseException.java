package io.shiptwin.dashboards;

/**
 * The dashboard could not bind its port. The message is one line that names the port and the flag
 * to change, because this is what a user sees first when a second instance is already running.
 */
public final class PortInUseException extends IllegalStateException {
    private final int port;

    PortInUseException(int port, String portFlag, Throwable cause) {
        super("port " + port + " is already in use (dashboard); choose another with " + portFlag, cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
