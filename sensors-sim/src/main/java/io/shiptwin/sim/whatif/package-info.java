/**
 * What-if batch mode: {@link io.shiptwin.sim.whatif.WhatIf#run} and {@link io.shiptwin.sim.whatif.WhatIf#compare}
 * run replications in parallel with common random numbers; {@link io.shiptwin.sim.whatif.Reports} writes CSV,
 * a self-contained HTML report and a terminal table.
 */
package io.shiptwin.sim.whatif;
