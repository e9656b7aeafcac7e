/**
 * The yard model on the engine: {@link io.shiptwin.sim.yard.YardModel#run} builds the order book
 * ({@link io.shiptwin.sim.yard.OrderBook}), the resources, weather and failures, and one
 * {@code ShipProcess} per ship whose blocks flow through the shops ({@code BlockProcess}), are joined into
 * grand blocks ({@code GrandBlockProcess}) and erected in a dock; the result is a
 * {@link io.shiptwin.sim.yard.YardRun} with the {@link io.shiptwin.sim.yard.GroundTruth}.
 */
package io.shiptwin.sim.yard;
