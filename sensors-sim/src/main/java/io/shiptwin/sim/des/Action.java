package io.shiptwin.sim.des;

/**
 * What happens when an event fires. Models keep their actions as fields (or method references
 * created once) and reschedule them, so the engine's hot loop allocates nothing per event.
 */
@FunctionalInterface
public interface Action {
    void fire();
}
