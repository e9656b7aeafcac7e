package io.shiptwin.streams.lifecycle;

import io.shiptwin.model.BusinessEvent;
import io.shiptwin.model.CostBooked;
import io.shiptwin.model.EnergyMetered;
import io.shiptwin.model.Identifier;
import io.shiptwin.model.InspectionRecorded;
import io.shiptwin.model.ManHoursBooked;
import io.shiptwin.model.NonConformanceOpened;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.StageFinished;
import io.shiptwin.model.StageStarted;
import java.util.Optional;
import java.util.Set;

/**
 * Which ship, grand block or block a business event is about (the key of the hull twin), following each
 * event's subject semantics (see each record's javadoc):
 * <ul>
 *   <li>stage started/finished, cost booked, ship delivered: the subject ({@code assetId});</li>
 *   <li>man-hours booked: {@code chargedTo} (the subject is the crew);</li>
 *   <li>inspection recorded, non-conformance opened: {@code block} (the subject is the inspection / NC);</li>
 *   <li>energy metered: {@code meteredArea} only when it is a hull entity (the subject is the meter; areas of
 *       the yard are not hull entities, so in practice energy reaches the hull only as cost).</li>
 * </ul>
 * Everything else (work orders, faults, material, non-conformance closed, surveys...) is not attributed.
 */
public final class HullEntity {
    static final Set<ObjectKind> HULL_KINDS = Set.of(ObjectKind.SHIP, ObjectKind.GRAND_BLOCK, ObjectKind.BLOCK);

    private HullEntity() {
    }

    public static Optional<String> of(BusinessEvent e) {
        Identifier id = null;
        if (e instanceof StageStarted || e instanceof StageFinished || e instanceof CostBooked || e instanceof ShipDelivered) {
            id = Identifier.parse(e.assetId());
        } else if (e instanceof ManHoursBooked m) {
            id = m.chargedTo();
        } else if (e instanceof InspectionRecorded i) {
            id = i.block();
        } else if (e instanceof NonConformanceOpened n) {
            id = n.block();
        } else if (e instanceof EnergyMetered m) {
            id = m.meteredArea();
        }
        return id != null && isHull(id) ? Optional.of(id.toString()) : Optional.empty();
    }

    static boolean isHull(Identifier id) {
        try {
            return HULL_KINDS.contains(ObjectKind.of(id));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The kind of a hull entity's identifier. */
    public static ObjectKind kind(String entityId) {
        return ObjectKind.of(Identifier.parse(entityId));
    }

    /** The ship a block or grand block belongs to (its suffix names the hull), or the ship itself. */
    public static String shipOf(String entityId) {
        Identifier id = Identifier.parse(entityId);
        ObjectKind kind = ObjectKind.of(id);
        if (kind == ObjectKind.SHIP) {
            return id.toString();
        }
        return ObjectKind.SHIP.identifier(id.prefix(), kind.tokens(id).get(0)).toString();
    }
}
