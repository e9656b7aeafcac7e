package io.shiptwin.streams.kpi;

import io.shiptwin.streams.lifecycle.IngestedEvent;

/**
 * A business event on its way to the KPIs of one scope.
 *
 * @param primary true for the yard-scope copy: only it reports the event when it is late, so a late event is
 *                counted and stored once, not once per scope
 */
public record ScopedEvent(String scope, String scopeKind, boolean primary, IngestedEvent in) {
}
