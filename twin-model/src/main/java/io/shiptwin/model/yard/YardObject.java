package io.shiptwin.model.yard;

import io.shiptwin.model.Identifier;
import io.shiptwin.model.ObjectKind;
import java.util.List;

/**
 * Everything in the yard that has an identifier. Each object names the objects it belongs to (a block
 * its ship); {@link #links()} lists those references so that the twin graph can check and index them.
 */
public sealed interface YardObject permits Ship, Design, DesignRevision, GrandBlock, Block, PartLot, Yard, YardArea,
        WorkCentre, Equipment, Crew, Supplier, MaterialDelivery, Inspection, NonConformance, Rework, WorkOrder,
        ClassSurvey, ShipOperation {

    Identifier id();

    ObjectKind kind();

    /** The references this object holds, in declaration order. */
    List<Link> links();
}
