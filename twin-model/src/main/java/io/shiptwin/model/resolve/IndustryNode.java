package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An industry (secondary) node, e.g. shipbuilding's {@code 88.118}. It delegates to the enterprise nodes
 * registered with it and answers on their behalf; enterprises that run their own node elsewhere get a
 * referral, and so do identifiers of other industries (to the national top-level node).
 */
public final class IndustryNode implements ResolverNode {
    private final String prefix;
    private final String topLevelNode;
    private final Map<String, ResolverNode> delegates = new HashMap<>();
    private final Map<String, String> referrals = new HashMap<>();

    /**
     * @param prefix       the industry prefix, {@code 88.118}
     * @param topLevelNode address of the national top-level node, where other industries are found
     */
    public IndustryNode(String prefix, String topLevelNode) {
        this.prefix = Prefixes.requireLevels("prefix", prefix, 2);
        this.topLevelNode = Objects.requireNonNull(topLevelNode, "topLevelNode");
    }

    /** Registers an enterprise node that this node resolves through (recursive resolution). */
    public IndustryNode delegateTo(ResolverNode enterprise) {
        requireUnder(enterprise.prefix());
        delegates.put(enterprise.prefix(), enterprise);
        return this;
    }

    /** Registers an enterprise prefix whose node clients must ask themselves. */
    public IndustryNode referTo(String enterprisePrefix, String node) {
        requireUnder(Prefixes.requireLevels("enterprisePrefix", enterprisePrefix, 3));
        referrals.put(enterprisePrefix, Objects.requireNonNull(node, "node"));
        return this;
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public Resolution resolve(ResolutionRequest request) {
        Identifier id;
        try {
            id = Identifier.parse(request.identifier());
        } catch (IllegalArgumentException e) {
            return Prefixes.malformed(request, e);
        }
        if (!id.industryPrefix().equals(prefix)) {
            return new Resolution.Referral(id.industryPrefix(), topLevelNode);
        }
        ResolverNode enterprise = delegates.get(id.enterprisePrefix());
        if (enterprise != null) {
            return enterprise.resolve(request);
        }
        String node = referrals.get(id.enterprisePrefix());
        if (node != null) {
            return new Resolution.Referral(id.enterprisePrefix(), node);
        }
        return new Resolution.Failed(ResolutionError.UNKNOWN_PREFIX,
                "prefix " + id.enterprisePrefix() + " of " + id + " is not registered at industry node " + prefix);
    }

    private void requireUnder(String enterprisePrefix) {
        if (!enterprisePrefix.startsWith(prefix + ".")) {
            throw new IllegalArgumentException("enterprise prefix " + enterprisePrefix + " is not under industry prefix " + prefix);
        }
    }
}
