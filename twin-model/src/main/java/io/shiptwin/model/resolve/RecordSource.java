package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import java.util.List;

/**
 * Contributes values to identifier records. The plug-in point of the resolver: the twin graph says what
 * an object is; other modules add where its current twin state is and where its data came from (the
 * dashboard over H2, for instance). Values come unnumbered ({@code index 0}); the enterprise node numbers them.
 */
@FunctionalInterface
public interface RecordSource {

    /** The values this source knows for {@code id}; empty when it knows nothing of it. */
    List<HandleValue> valuesFor(Identifier id);
}
