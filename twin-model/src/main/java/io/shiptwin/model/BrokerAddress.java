package io.shiptwin.model;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where an MQTT broker listens, from the URI every ShipTwin command takes ({@code --mqtt}): {@code tcp://host[:port]}
 * (port 1883 by default) or {@code ssl://host[:port]} (TLS, 8883 by default).
 */
public record BrokerAddress(String host, int port, boolean tls) {

    /**
     * @param setting the setting the URI came from, named in the error, e.g. {@code bridge.mqttUri}
     * @throws IllegalArgumentException naming the setting and the URI when it is not one of the two forms
     */
    public static BrokerAddress parse(String uri, String setting) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + " '" + uri + "': " + e.getMessage(), e);
        }
        String scheme = String.valueOf(parsed.getScheme());
        if (!scheme.equals("tcp") && !scheme.equals("ssl") || parsed.getHost() == null) {
            throw new IllegalArgumentException(setting + " '" + uri + "': expected tcp://host:port or ssl://host:port");
        }
        boolean tls = scheme.equals("ssl");
        return new BrokerAddress(parsed.getHost(), parsed.getPort() > 0 ? parsed.getPort() : tls ? 8883 : 1883, tls);
    }
}
