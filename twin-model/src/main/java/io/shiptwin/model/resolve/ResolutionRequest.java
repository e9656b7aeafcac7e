package io.shiptwin.model.resolve;

import java.util.Objects;
import java.util.Set;

/**
 * A question to a resolver node, as a client sends it: the identifier as text (it may be malformed),
 * the value types wanted (empty: all), and whether the client has authenticated.
 */
public record ResolutionRequest(String identifier, Set<String> types, boolean authenticated) {

    public ResolutionRequest {
        Objects.requireNonNull(identifier, "identifier");
        types = Set.copyOf(types);
    }

    /** All public values of an identifier. */
    public static ResolutionRequest of(String identifier) {
        return new ResolutionRequest(identifier, Set.of(), false);
    }

    public ResolutionRequest withTypes(String... wanted) {
        return new ResolutionRequest(identifier, Set.of(wanted), authenticated);
    }

    public ResolutionRequest authenticatedClient() {
        return new ResolutionRequest(identifier, types, true);
    }
}
