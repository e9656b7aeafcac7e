package io.shiptwin.sim.replay;

/**
 * Where messages go: the MQTT publisher in a run ({@code mqttPublisher::publish}), a fake in tests.
 * {@link io.shiptwin.sim.MqttPublisher#publish(String, byte[])} has exactly this shape.
 */
@FunctionalInterface
public interface Publisher {

    /** Publishes one message; may block while the broker is slow or away. */
    void publish(String topic, byte[] payload) throws InterruptedException;
}
