package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import java.util.Optional;

/**
 * Where the current twin state of an object can be read. Implemented by the module that holds the state
 * (the dashboard over H2, for instance) and plugged into an {@link EnterpriseNode}.
 */
@FunctionalInterface
public interface TwinStateLocator {

    Optional<TwinStateRef> locate(Identifier id);

    /** @param updatedAtMillis when the state last changed */
    record TwinStateRef(String url, long updatedAtMillis) {
    }
}
