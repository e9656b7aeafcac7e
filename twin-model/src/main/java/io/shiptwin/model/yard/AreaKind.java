package io.shiptwin.model.yard;

/** What a yard area is used for. */
public enum AreaKind {
    STOCKYARD, CUTTING_SHOP, PANEL_LINE, ASSEMBLY_HALL, PAINT_SHOP, PRE_ERECTION_AREA, DRY_DOCK, BUILDING_BERTH, OUTFITTING_QUAY
}
