package io.shiptwin.model.yard;

/** What a cost booking is for; the capital flow of a block or ship accumulates them. */
public enum CostCategory {
    LABOUR, MATERIAL, ENERGY, SUBCONTRACT, OVERHEAD
}
