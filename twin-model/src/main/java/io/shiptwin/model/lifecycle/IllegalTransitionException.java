package io.shiptwin.model.lifecycle;

import io.shiptwin.model.Identifier;

/** An attempted lifecycle move that the state machine does not allow. */
public final class IllegalTransitionException extends IllegalStateException {
    private final transient Identifier entity;
    private final LifecycleStage current;
    private final LifecycleStage attempted;

    IllegalTransitionException(Identifier entity, LifecycleStage current, LifecycleStage attempted, String message) {
        super(message);
        this.entity = entity;
        this.current = current;
        this.attempted = attempted;
    }

    public Identifier entity() {
        return entity;
    }

    public LifecycleStage current() {
        return current;
    }

    public LifecycleStage attempted() {
        return attempted;
    }
}
