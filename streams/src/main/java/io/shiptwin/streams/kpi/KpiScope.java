package io.shiptwin.streams.kpi;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.streams.lifecycle.HullEntity;
import io.shiptwin.streams.lifecycle.IngestedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Which KPI scopes a business event counts in: always its yard ({@code yard:{site}}) and its area
 * ({@code area:{site}/{area}}), and its ship ({@code ship:{id}}) when the event names one: the hull entity it
 * is about ({@link HullEntity}), or for a steel delivery the hull in its identifier ({@code DLV-{hull}-...}).
 */
public final class KpiScope {
    public static final String YARD = "yard";
    public static final String AREA = "area";
    public static final String SHIP = "ship";

    private KpiScope() {
    }

    /** The scopes of one event; the first is the yard, the copy that reports the event if it is late. */
    public static List<ScopedEvent> of(IngestedEvent in) {
        BusinessEvent e = in.event();
        List<ScopedEvent> out = new ArrayList<>(3);
        out.add(new ScopedEvent(YARD + ":" + e.site(), YARD, true, in));
        out.add(new ScopedEvent(AREA + ":" + e.site() + "/" + e.area(), AREA, false, in));
        String ship = shipOf(in);
        if (ship != null) {
            out.add(new ScopedEvent(SHIP + ":" + ship, SHIP, false, in));
        }
        return out;
    }

    /** The scopes of one event with the planned finish of the stage it finishes (if any) on every copy. */
    public static List<ScopedEvent> of(PlannedEvent p) {
        List<ScopedEvent> plain = of(p.in());
        if (!p.planned()) {
            return plain;
        }
        List<ScopedEvent> out = new ArrayList<>(plain.size());
        for (ScopedEvent s : plain) {
            out.add(new ScopedEvent(s.scope(), s.scopeKind(), s.primary(), s.in(), p.plannedFinishMillis()));
        }
        return out;
    }

    /** The kind of a scope string: {@code yard}, {@code area} or {@code ship}. */
    public static String kindOf(String scope) {
        return scope.substring(0, scope.indexOf(':'));
    }

    static String shipOf(IngestedEvent in) {
        if (in.entityId() != null) {
            return HullEntity.shipOf(in.entityId());
        }
        if (in.event() instanceof MaterialDelivered m) {
            Identifier id = Identifier.parse(m.assetId());
            try {
                if (ObjectKind.of(id) == ObjectKind.MATERIAL_DELIVERY) {
                    List<String> tokens = ObjectKind.MATERIAL_DELIVERY.tokens(id);
                    if (tokens.size() >= 2) {
                        return ObjectKind.SHIP.identifier(id.prefix(), tokens.get(0)).toString();
                    }
                }
            } catch (IllegalArgumentException notAHull) {
                return null;
            }
        }
        return null;
    }
}
