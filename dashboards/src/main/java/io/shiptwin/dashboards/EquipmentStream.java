package io.shiptwin.dashboards;

import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;

/**
 * Pushes the equipment list to every connected browser as a server-sent event named {@code equipment}.
 *
 * <p>One query per tick serves all clients, so the H2 load does not grow with the number of open
 * pages. A new client gets the list at once rather than waiting for the next tick.
 */
final class EquipmentStream {
    static final String EVENT = "equipment";
    private static final Logger LOG = LoggerFactory.getLogger(EquipmentStream.class);

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Callable<String> equipmentJson;

    EquipmentStream(Callable<String> equipmentJson) {
        this.equipmentJson = equipmentJson;
    }

    /** Javalin's SSE callback: keep the connection open and register it for broadcasts. */
    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        String json = currentJson();
        if (json != null) {
            send(client, json);
        }
        clients.add(client);
    }

    /** Sends the current list to every client; called by the dashboard's ticker. */
    void broadcast() {
        if (clients.isEmpty()) {
            return;
        }
        String json = currentJson();
        if (json == null) {
            return;
        }
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                send(client, json);
            }
        }
    }

    int clientCount() {
        return clients.size();
    }

    void closeAll() {
        clients.forEach(SseClient::close);
        clients.clear();
    }

    private String currentJson() {
        try {
            return equipmentJson.call();
        } catch (Exception e) {
            LOG.warn("equipment list for the live stream could not be read: {}", e.toString());
            return null;
        }
    }

    private static void send(SseClient client, String json) {
        synchronized (client) {
            try {
                client.sendEvent(EVENT, json);
            } catch (RuntimeException e) {
                LOG.debug("SSE client gone: {}", e.toString());
            }
        }
    }
}
