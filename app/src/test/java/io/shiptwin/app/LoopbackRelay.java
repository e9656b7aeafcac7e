package io.shiptwin.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback between a client and a server, that can cut every connection through it at once, the way
 * a network failure does: both sockets are reset (no MQTT DISCONNECT, no FIN handshake), and each side learns of it
 * from its own socket, on its own I/O threads.
 *
 * <p>That is how a connection really breaks. Moquette 0.17's own {@code Server.disconnectClient} clears the session's
 * connection on the caller's thread while the session's event loop may still be handling that client's PUBACK; the
 * loop then fails with a NullPointerException and stops serving every session it owns.
 */
final class LoopbackRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    /** The connections through the relay, each a client's socket and the relay's socket to the server. */
    private final Set<Link> open = ConcurrentHashMap.newKeySet();

    private record Link(Socket client, Socket server) {
        void reset() {
            LoopbackRelay.reset(client);
            LoopbackRelay.reset(server);
        }
    }

    LoopbackRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "relay-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The relay's address, as an MQTT broker URI. */
    String mqttUri() {
        return "tcp://127.0.0.1:" + listener.getLocalPort();
    }

    /** Resets every connection through the relay; returns how many client connections it cut. */
    int cutAll() {
        int cut = 0;
        for (Link link : open) {
            if (open.remove(link)) {
                link.reset();
                cut++;
            }
        }
        return cut;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Link link = new Link(client, server);
                open.add(link);
                pump(link, client, server);
                pump(link, server, client);
            } catch (IOException e) {
                // the listener was closed, or the target refused: the client sees its connection fail
            }
        }
    }

    private void pump(Link link, Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // cut, or the other side went away
            } finally {
                open.remove(link);
                link.reset();
            }
        }, "relay-" + from.getPort() + "->" + to.getPort());
        t.setDaemon(true);
        t.start();
    }

    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0); // RST, as a failed link: the peer reads an error, not an orderly end of stream
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cutAll();
    }
}
