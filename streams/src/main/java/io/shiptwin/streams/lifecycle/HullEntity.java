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
import io.shiptwin.model.CrewPresenceReported;
import io.shiptwin.model.DesignRevisionReleased;
import io.shiptwin.model.MaterialDelivered;
import io.shiptwin.model.MaterialOrdered;
import io.shiptwin.model.NonConformanceClosed;
import io.shiptwin.model.StagePlanned;
import io.shiptwin.model.WorkOrderClosed;
import io.shiptwin.model.WorkOrderOpened;
import java.util.ArrayList;
import java.util.List;
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
 * The flows of the lifecycle twin ({@link #all}) add, by the identifiers the yard gives them:
 * <ul>
 *   <li>stage planned: the subject;</li>
 *   <li>material ordered/delivered: the block of the delivery {@code DLV-{hull}-{block}};</li>
 *   <li>non-conformance closed: the block of {@code NC-{hull}-{block}-{n}};</li>
 *   <li>design revision released: each block touched and, once, each of their ships;</li>
 *   <li>work order opened: its {@code target}; closed: the entity its id names, {@code WO-{entity suffix}-{n}};</li>
 *   <li>crew presence reported: its {@code zone} when that is a hull entity.</li>
 * </ul>
 * Everything else (maintenance work orders, faults, surveys...) is not attributed.
 */
public final class HullEntity {
    static final Set<ObjectKind> HULL_KINDS = Set.of(ObjectKind.SHIP, ObjectKind.GRAND_BLOCK, ObjectKind.BLOCK);

    private HullEntity() {
    }

    public static Optional<String> of(BusinessEvent e) {
        List<String> all = all(e);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every hull entity the event is about (several for a design revision), in a stable order. */
    public static List<String> all(BusinessEvent e) {
        if (e instanceof DesignRevisionReleased r) {
            List<String> out = new ArrayList<>();
            List<String> ships = new ArrayList<>();
            for (Identifier b : r.blocksTouched()) {
                if (isHull(b) && !out.contains(b.toString())) {
                    out.add(b.toString());
                    String ship = shipOf(b.toString());
                    if (!ships.contains(ship)) {
                        ships.add(ship);
                    }
                }
            }
            out.addAll(ships);
            return out;
        }
        Identifier id = single(e);
        return id != null && isHull(id) ? List.of(id.toString()) : List.of();
    }

    private static Identifier single(BusinessEvent e) {
        if (e instanceof StagePlanned) {
            return Identifier.parse(e.assetId());
        } else if (e instanceof MaterialOrdered || e instanceof MaterialDelivered) {
            return named(e.assetId(), 2, ObjectKind.BLOCK.code());
        } else if (e instanceof NonConformanceClosed) {
            return named(e.assetId(), 2, ObjectKind.BLOCK.code());
        } else if (e instanceof WorkOrderOpened w) {
            return w.target();
        } else if (e instanceof WorkOrderClosed) {
            return workOrderEntity(e.assetId());
        } else if (e instanceof CrewPresenceReported c) {
            return c.zone();
        }
        return legacy(e);
    }

    /** {@code DLV-H1234-B101} or {@code NC-H1234-B101-3} names block {@code BLK-H1234-B101}: its first tokens. */
    private static Identifier named(String subject, int tokens, String code) {
        Identifier id = Identifier.parse(subject);
        String[] parts = id.suffix().split("-");
        if (parts.length < tokens + 1) {
            return null;
        }
        StringBuilder suffix = new StringBuilder(code);
        for (int i = 1; i <= tokens; i++) {
            suffix.append('-').append(parts[i]);
        }
        return parse(id.prefix(), suffix.toString());
    }

    /** {@code WO-BLK-H1234-B101-7} names {@code BLK-H1234-B101}; maintenance orders name equipment, not hull. */
    private static Identifier workOrderEntity(String subject) {
        Identifier id = Identifier.parse(subject);
        String suffix = id.suffix();
        int first = suffix.indexOf('-');
        int last = suffix.lastIndexOf('-');
        return first < 0 || last <= first ? null : parse(id.prefix(), suffix.substring(first + 1, last));
    }

    private static Identifier parse(String prefix, String suffix) {
        try {
            return new Identifier(prefix, suffix);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Identifier legacy(BusinessEvent e) {
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
        return id;
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
