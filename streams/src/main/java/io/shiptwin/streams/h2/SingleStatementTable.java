package io.shiptwin.streams.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A {@link TableWriter} whose records each become one row of one batched, idempotent statement. */
abstract class SingleStatementTable<T> implements TableWriter<T> {
    private transient PreparedStatement statement;

    /** The statement, with one {@code ?} per bound value. */
    protected abstract String sql();

    /** Binds one record's values to the statement's parameters. */
    protected abstract void bind(PreparedStatement s, T record) throws SQLException;

    @Override
    public final void open(Connection c) throws SQLException {
        statement = c.prepareStatement(sql());
    }

    @Override
    public final void add(T record) throws SQLException {
        bind(statement, record);
        statement.addBatch();
    }

    @Override
    public final void execute() throws SQLException {
        statement.executeBatch();
    }

    @Override
    public final void close() throws SQLException {
        if (statement != null) {
            statement.close();
        }
    }
}
