package io.shiptwin.model.kpi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The KPIs the streaming twin derives in event-time windows (table {@code kpis}, topic {@code twin.kpis}).
 * Definitions and formulas: docs/event-time-and-kpis.md. The id is the stored name; the unit says what a
 * value means.
 */
public enum TwinKpi {
    /** Tonnes of steel delivered to the yard (MaterialDelivered of steel). */
    STEEL_THROUGHPUT("steel_throughput_t", "t"),
    /** Blocks that finished their last shop stage (painting) in the window. */
    BLOCKS_COMPLETED("blocks_completed", "blocks"),
    /** Man-hours booked in the window. */
    MAN_HOURS("man_hours", "h"),
    /** CGT of the ships delivered per man-hour (yard: man-hours of the window; ship: all its man-hours). */
    CGT_PER_MAN_HOUR("cgt_per_man_hour", "CGT/h"),
    /** Energy metered per tonne of steel delivered in the same window. */
    ENERGY_PER_TONNE("energy_per_tonne_kwh", "kWh/t"),
    /** Failed inspections over all inspections. */
    REWORK_RATE("rework_rate", "ratio"),
    /** Stages finished by their planned finish over stages finished (of those whose start was seen). */
    SCHEDULE_ADHERENCE("schedule_adherence", "ratio"),
    /** Coating DFT inspections passed over coating DFT inspections (IMO PSPC 90/10 rule decided by the inspector). */
    DFT_COMPLIANCE("dft_compliance", "ratio"),
    /** Overall equipment effectiveness: computed by the equipment-health part of the twin, stored here. */
    OEE("oee", "ratio");

    private final String id;
    private final String unit;

    TwinKpi(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** The KPI stored under this id, if any. */
    public static Optional<TwinKpi> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TwinKpi::id).toList();
    }
}
