package io.shiptwin.model.yard;

/** Classification societies that survey ships. */
public enum ClassSociety {
    CCS, DNV, ABS, LR, BV, NK, KR, RINA
}
