package io.shiptwin.streams.h2;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes one kind of record to H2 in batches with idempotent statements (MERGE keyed by
 * identifier and version), so that replay after a failure leaves each event's effect once.
 */
public interface TableWriter<T> extends Serializable {

    /** Prepares statements on a fresh connection (auto-commit off). */
    void open(Connection connection) throws SQLException;

    /** Adds one record to the current batch. */
    void add(T record) throws SQLException;

    /** Executes the batch; the caller commits. */
    void execute() throws SQLException;

    void close() throws SQLException;
}
