/**
 * A small discrete-event simulation engine in the spirit of SimPy, DESMO-J and JaamSim.
 *
 * <ul>
 *   <li>{@link io.shiptwin.sim.des.Simulation}: the clock (long millis, see {@link io.shiptwin.sim.des.SimTime})
 *       and the run loop. A process is a chain of scheduled {@link io.shiptwin.sim.des.Action}s, never a thread.</li>
 *   <li>{@link io.shiptwin.sim.des.EventQueue}: a binary heap in primitive arrays with slot handles for
 *       cancellation; order is time, then priority, then insertion sequence.</li>
 *   <li>{@link io.shiptwin.sim.des.Resource} (units with a FIFO queue, time-weighted statistics) and
 *       {@link io.shiptwin.sim.des.Gate} (a condition such as wind under the limit).</li>
 *   <li>{@link io.shiptwin.sim.des.RandomStreams}: one stream per name, seeded from the master seed and a
 *       stable hash of the name, for common random numbers; {@link io.shiptwin.sim.des.Distribution}s to draw from.</li>
 *   <li>{@link io.shiptwin.sim.des.QueueStation}: the G/G/c station the engine is validated and benchmarked on.</li>
 * </ul>
 */
package io.shiptwin.sim.des;
