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

    /** Below Linux's ephemeral range (32768-60999): client sockets the OS numbers itself never take these. */
    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port that was free a moment ago on the loopback interface, outside the ephemeral range (so an outgoing
     * connection of another test cannot take it before the service binds it) and not handed out before by this JVM.
     */
    public static int free() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = random.nextInt(LOW, HIGH);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException inUse) {
                continue;
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on loopback between " + LOW + " and " + HIGH);
    }

    /** A port is taken by something else. The message is the whole story, in one line. */
    public static final class PortInUseException extends IllegalStateException {
        public PortInUseException(int port, String service, String flag) {
            super("port " + port + " is already in use (" + service + "); choose another with " + flag);
        }
    }
}
