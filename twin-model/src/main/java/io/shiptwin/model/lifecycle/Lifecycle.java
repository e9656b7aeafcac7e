package io.shiptwin.model.lifecycle;

import io.shiptwin.model.Identifier;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one ship or block stands in its lifecycle. Immutable: {@link #moveTo} returns the next state
 * or rejects an illegal move with a message naming the entity, its current stage and the attempted one.
 */
public record Lifecycle(Identifier entity, LifecycleStage stage) {

    public Lifecycle {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(stage, "stage");
    }

    /** A new hull starts in design. */
    public static Lifecycle start(Identifier entity) {
        return new Lifecycle(entity, LifecycleStage.DESIGN);
    }

    /** The state after the move; throws {@link IllegalTransitionException} when the move is illegal. */
    public Lifecycle moveTo(LifecycleStage next) {
        violation(next).ifPresent(message -> {
            throw new IllegalTransitionException(entity, stage, next, message);
        });
        return new Lifecycle(entity, next);
    }

    /** The reason a move is illegal, or empty when it is legal: errors as values for stream code. */
    public Optional<String> violation(LifecycleStage next) {
        Objects.requireNonNull(next, "next");
        if (stage.canMoveTo(next)) {
            return Optional.empty();
        }
        return Optional.of(message(entity, stage, next));
    }

    static String message(Identifier entity, LifecycleStage current, LifecycleStage attempted) {
        return "illegal lifecycle transition of " + entity + ": " + current.displayName() + " -> "
                + attempted.displayName() + " (allowed from " + current.displayName() + ": "
                + current.allowedNext().stream().map(LifecycleStage::displayName).toList() + ")";
    }
}
