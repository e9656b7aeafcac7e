package io.shiptwin.streams.maintenance;

/**
 * The condition of one machine for the twin row: its status and since when, and while a drift episode is open the
 * drifting channel and the remaining useful life. {@code version} counts condition changes of the machine (replays
 * from a checkpoint give the same numbers, so the H2 write is idempotent).
 *
 * @param rulHours NaN when no degradation trend is open
 */
public record EquipmentCondition(String assetId, String assetType, String status, long statusSinceMillis, double rulHours,
                                 String driftChannel, long version, long eventTimeMillis) {
}
