package io.shiptwin.app.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks with errors an operator can act on, and free ports for tests. */
public final class Ports {
    private Ports() {
    }

    /** Fails with one line naming the port, the service and the flag that changes it. */
    public static void requireFree(String host, int port, String service, String flag) {
        if (port == 0) {
            return;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new PortInUseException(port, service, flag);
        }
    }

    /** A port that was free a moment ago on the loopback interface. */
    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on loopback", e);
        }
    }

    /** A port is taken by something else. The message is the whole story, in one line. */
    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(int port, String service, String flag) {
            super("port " + port + " is already in use (" + service + "); choose another with " + flag);
        }
    }
}
