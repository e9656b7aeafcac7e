package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

import io.shiptwin.model.AssetType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of yard equipment.
 *
 * @param capacities rated capacities by name with unit, e.g. {@code safeWorkingLoadTonnes -> 600}
 * @param channels   telemetry channels by name with unit suffix, e.g. {@code load_t}, {@code motor_temp_c}
 */
public record Equipment(Identifier id, AssetType type, Identifier workCentre, Map<String, Double> capacities,
        List<String> channels) implements YardObject {

    public Equipment {
        Require.kind("id", ObjectKind.EQUIPMENT, id);
        Require.present("type", type);
        Require.kind("workCentre", ObjectKind.WORK_CENTRE, workCentre);
        Require.present("capacities", capacities).forEach((name, value) -> Require.nonNegative("capacities." + name, value));
        capacities = Collections.unmodifiableMap(new LinkedHashMap<>(capacities));
        channels = List.copyOf(Require.present("channels", channels));
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.EQUIPMENT;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(Relationship.INSTALLED_AT, workCentre));
    }
}
