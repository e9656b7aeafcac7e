/** The DES benchmark behind {@code ./shiptwin bench des}: {@link io.shiptwin.sim.bench.DesBench#run}. */
package io.shiptwin.sim.bench;
