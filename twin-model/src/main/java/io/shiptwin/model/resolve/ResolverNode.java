package io.shiptwin.model.resolve;

/** A node of the resolution hierarchy: answers for the identifiers under its prefix. */
public interface ResolverNode {

    /** The prefix this node is responsible for: {@code 88.118} for an industry node. */
    String prefix();

    /** Never throws for a bad request: every problem is a {@link Resolution.Failed} with its reason. */
    Resolution resolve(ResolutionRequest request);
}
