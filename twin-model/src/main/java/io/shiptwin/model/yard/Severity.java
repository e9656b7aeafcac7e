package io.shiptwin.model.yard;

/** How bad a non-conformance or a fault is. */
public enum Severity {
    MINOR, MAJOR, CRITICAL
}
