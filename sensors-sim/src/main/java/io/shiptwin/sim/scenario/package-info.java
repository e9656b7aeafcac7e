/**
 * What-if scenarios as YAML: records ({@link io.shiptwin.sim.scenario.Scenario} and the records it holds),
 * {@link io.shiptwin.sim.scenario.ScenarioLoader} (shipped names or files, {@code extends:}, defaults from
 * {@code scenarios/defaults.yaml}), validation whose messages name path, rule and value, and
 * {@link io.shiptwin.sim.scenario.ScenarioSweep} for parameter sweeps.
 */
package io.shiptwin.sim.scenario;
