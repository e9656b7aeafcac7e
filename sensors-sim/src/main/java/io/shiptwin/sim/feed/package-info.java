/**
 * Streaming mode: {@link io.shiptwin.sim.feed.ScenarioFeed} runs the yard model of a scenario once (the
 * whole history, up to the bound) and then streams it as the time-ordered {@code YardEvent}s the yard
 * would publish — stage, man-hour, cost, energy, quality, logistics, equipment and service events, plus
 * periodic telemetry of every piece of equipment from its signal model, driven by what the history says
 * that equipment was doing. See {@code docs/streaming-mode.md}.
 */
package io.shiptwin.sim.feed;
