package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise node: answers for the identifiers of one enterprise prefix ({@code 88.118.8001}).
 * The registry says which objects exist and what they are; enrichments add values such as the link to
 * the current twin state and the data sources. Values are numbered 1..n in the order of the sources.
 */
public final class EnterpriseNode implements ResolverNode {
    private final String prefix;
    private final RecordSource registry;
    private final List<RecordSource> enrichments;

    public EnterpriseNode(String prefix, RecordSource registry, List<RecordSource> enrichments) {
        this.prefix = Prefixes.requireLevels("prefix", prefix, 3);
        this.registry = Objects.requireNonNull(registry, "registry");
        this.enrichments = List.copyOf(enrichments);
    }

    /** Plugs in where the current twin state of an object can be read (e.g. the dashboard's API over H2). */
    public static RecordSource twinState(TwinStateLocator locator) {
        return id -> locator.locate(id)
                .map(ref -> List.of(HandleValue.of(ValueTypes.TWIN_STATE, ref.url(), ref.updatedAtMillis())))
                .orElse(List.of());
    }

    /** Plugs in where an object's data came from: topics, tables, the simulator. */
    public static RecordSource dataSources(DataSourceCatalogue catalogue) {
        return id -> catalogue.sourcesOf(id).stream()
                .map(s -> HandleValue.of(ValueTypes.sub(ValueTypes.DATA_SOURCE, s.channel()), s.location(), s.declaredAtMillis()))
                .toList();
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
        if (!id.enterprisePrefix().equals(prefix)) {
            return new Resolution.Failed(ResolutionError.UNKNOWN_PREFIX,
                    "prefix " + id.prefix() + " of " + id + " is not served by enterprise node " + prefix);
        }
        List<HandleValue> known = registry.valuesFor(id);
        if (known.isEmpty()) {
            return new Resolution.Failed(ResolutionError.UNKNOWN_SUFFIX,
                    id + ": enterprise node " + prefix + " knows no object with suffix '" + id.suffix() + "'");
        }
        List<HandleValue> values = new ArrayList<>(known);
        enrichments.forEach(source -> values.addAll(source.valuesFor(id)));
        return select(id, request, numbered(values));
    }

    private static Resolution select(Identifier id, ResolutionRequest request, List<HandleValue> values) {
        List<HandleValue> wanted = request.types().isEmpty() ? values
                : values.stream().filter(v -> request.types().stream().anyMatch(v::hasType)).toList();
        if (wanted.isEmpty()) {
            return new Resolution.Failed(ResolutionError.VALUES_NOT_FOUND,
                    id + ": no values of types " + request.types().stream().sorted().toList());
        }
        List<HandleValue> readable = request.authenticated() ? wanted
                : wanted.stream().filter(HandleValue::publicRead).toList();
        if (readable.isEmpty()) {
            return new Resolution.Failed(ResolutionError.AUTHENTICATION_NEEDED,
                    id + ": the requested values may be read only by an authenticated client");
        }
        return new Resolution.Resolved(new HandleRecord(id, readable));
    }

    private static List<HandleValue> numbered(List<HandleValue> values) {
        List<HandleValue> numbered = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            numbered.add(values.get(i).withIndex(i + 1));
        }
        return numbered;
    }
}
