package io.shiptwin.model.resolve;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Topics;
import io.shiptwin.model.TwinTables;
import java.util.List;

/**
 * The data sources every object has by the published contracts (docs/contracts.md): the topics its
 * events travel on and the twin topic and table that hold its state.
 */
public final class ContractDataSources implements DataSourceCatalogue {
    private final long declaredAtMillis;

    public ContractDataSources(long declaredAtMillis) {
        this.declaredAtMillis = declaredAtMillis;
    }

    @Override
    public List<DataSourceRef> sourcesOf(Identifier id) {
        if (!isKnownKind(id)) {
            return List.of();
        }
        return switch (ObjectKind.of(id)) {
            case EQUIPMENT -> List.of(
                    ref("mqtt", "shipyard/+/+/+/" + id.suffix().substring("EQ-".length()) + "/" + Topics.CHANNEL_TELEMETRY),
                    ref("kafka", Topics.TELEMETRY_RAW),
                    ref("kafka", Topics.TWIN_EQUIPMENT),
                    ref("h2", TwinTables.EQUIPMENT_TWIN));
            case BLOCK -> List.of(ref("kafka", Topics.EVENTS_RAW), ref("kafka", Topics.TWIN_BLOCKS));
            case SHIP -> List.of(ref("kafka", Topics.EVENTS_RAW), ref("kafka", Topics.TWIN_SHIPS));
            default -> List.of(ref("kafka", Topics.EVENTS_RAW));
        };
    }

    private static boolean isKnownKind(Identifier id) {
        try {
            ObjectKind.of(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private DataSourceRef ref(String channel, String location) {
        return new DataSourceRef(channel, location, declaredAtMillis);
    }
}
