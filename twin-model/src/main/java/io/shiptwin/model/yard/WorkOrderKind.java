package io.shiptwin.model.yard;

/** What a work order is for (production of a block, or maintenance of equipment). */
public enum WorkOrderKind {
    PRODUCTION, PREVENTIVE_MAINTENANCE, CORRECTIVE_MAINTENANCE
}
