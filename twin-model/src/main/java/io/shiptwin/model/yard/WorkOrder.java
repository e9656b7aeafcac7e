package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import io.shiptwin.model.Require;
import java.util.List;

/**
 * A work order: production work on a block, or maintenance of a piece of equipment. The kind decides
 * which of the two the target must be, so every work order has exactly one target.
 */
public record WorkOrder(Identifier id, WorkOrderKind orderKind, Identifier target, double plannedHours)
        implements YardObject {

    public WorkOrder {
        Require.kind("id", ObjectKind.WORK_ORDER, id);
        Require.present("orderKind", orderKind);
        Require.kind("target", orderKind == WorkOrderKind.PRODUCTION ? ObjectKind.BLOCK : ObjectKind.EQUIPMENT, target);
        Require.nonNegative("plannedHours", plannedHours);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.WORK_ORDER;
    }

    @Override
    public List<Link> links() {
        return List.of(new Link(orderKind == WorkOrderKind.PRODUCTION ? Relationship.ORDERED_FOR : Relationship.MAINTAINS,
                target));
    }
}
