package io.shiptwin.dashboards;

import io.shiptwin.model.TwinTables;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analysts' ad-hoc SQL over the twin, on a read-only connection: the database itself refuses any change.
 *
 * <p>At the first use the dashboard (connected as the database's owner) creates the H2 user {@value #USER} with a fresh
 * random password and grants it {@code SELECT} on schema {@code PUBLIC} only, so it reads every twin table, also those the
 * Flink job creates later, and can change none: INSERT, UPDATE, DELETE, CREATE, DROP and the admin functions (files,
 * scripts, shutdown) fail with H2's "not enough rights". Statements run as that user, with a {@value #TIMEOUT_SECONDS} s
 * statement timeout and at most {@link #MAX_ROWS} rows (the answer says when there were more).
 */
final class AnalystSql {
    private static final Logger LOG = LoggerFactory.getLogger(AnalystSql.class);
    static final String USER = "ANALYST";
    static final int MAX_ROWS = 1000;
    static final int MAX_SQL_LENGTH = 10_000;
    static final int TIMEOUT_SECONDS = 10;

    public record Column(String name, String type) {
    }

    /** {@code truncated}: the query had more than {@code limit} rows; only the first {@code limit} are here. */
    public record Result(List<Column> columns, List<List<Object>> rows, int rowCount, int limit, boolean truncated, long millis) {
    }

    /** A statement the database refused or could not run: 400 with {@code reason}. */
    static final class Refused extends Exception {
        final String reason;

        Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    /**
     * How long one statement of {@link #provision()} waits for H2's schema lock. Short on purpose: H2 2.4 creates a user
     * or a grant holding its database monitor while it waits for the schema lock ({@code Database.addDatabaseObject}),
     * and a {@code CREATE TABLE} holds the schema lock while it waits for that monitor. When the job's sinks create their
     * tables as the dashboard starts, the two wait for each other until the lock timeout ends it (a thread dump showed
     * it), so a long timeout stalls the sinks for as long and then fails all the same. In one JVM the two take turns on
     * {@link TwinTables#SCHEMA_CHANGES}; this timeout and the retries are for sinks in another process.
     */
    static final int SCHEMA_LOCK_TIMEOUT_MILLIS = 200;
    /** How long {@link #provision()} keeps trying while other sessions change the schema. */
    static final long PROVISION_PATIENCE_MILLIS = 60_000;

    private final String ownerUrl;
    private final SecureRandom random = new SecureRandom();
    private String password;

    AnalystSql(String ownerUrl) {
        this.ownerUrl = ownerUrl;
    }

    /**
     * Creates (or re-keys) the read-only user; run at the dashboard's start and again if its password stopped working.
     * Tries again, with short waits, while H2's schema lock is taken by other sessions (the sinks of a job in another
     * process creating their tables), for up to {@value #PROVISION_PATIENCE_MILLIS} ms; any other failure is thrown at once.
     */
    synchronized void provision() throws SQLException {
        long deadline = System.nanoTime() + PROVISION_PATIENCE_MILLIS * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try {
                provisionOnce();
                if (attempt > 1) {
                    LOG.info("ad-hoc SQL runs as H2 user {} with SELECT rights only (created at attempt {}: other sessions"
                            + " were changing the schema)", USER, attempt);
                } else {
                    LOG.info("ad-hoc SQL runs as H2 user {} with SELECT rights only", USER);
                }
                return;
            } catch (SQLException e) {
                // The schema lock held by a session of another process (the job's sinks creating their tables when
                // the dashboard runs on its own); within this JVM SCHEMA_CHANGES keeps them apart.
                if (e.getErrorCode() != ErrorCode.LOCK_TIMEOUT_1 || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(Math.min(50L << Math.min(attempt, 5), 1_000L)); // 100, 200, 400, 800, then 1000 ms
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while creating the read-only SQL user " + USER, e);
            }
        }
    }

    private void provisionOnce() throws SQLException {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String fresh = HexFormat.of().formatHex(bytes); // hex: safe inside the SQL string literal
        try (Connection c = DriverManager.getConnection(ownerUrl); Statement s = c.createStatement()) {
            synchronized (TwinTables.SCHEMA_CHANGES) { // in turn with the sinks' and the what-if runs' DDL in this JVM
                s.execute("SET LOCK_TIMEOUT " + SCHEMA_LOCK_TIMEOUT_MILLIS);
                s.execute("CREATE USER IF NOT EXISTS " + USER + " PASSWORD '" + fresh + "'");
                s.execute("ALTER USER " + USER + " SET PASSWORD '" + fresh + "'");
                s.execute("ALTER USER " + USER + " ADMIN FALSE");
                s.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + USER);
            }
        }
        password = fresh;
    }

    /** Runs one query as {@value #USER}; at most {@code limit} rows ({@code 1..MAX_ROWS}). */
    Result run(String sql, int limit) throws Refused, SQLException {
        if (sql == null || sql.isBlank()) {
            throw new Refused("empty", "sql: no statement given");
        }
        if (sql.length() > MAX_SQL_LENGTH) {
            throw new Refused("too-long", "sql: at most " + MAX_SQL_LENGTH + " characters, got " + sql.length());
        }
        try {
            return query(sql, limit);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw refusal(e);
            }
        }
        provision(); // another dashboard over this database re-keyed the user, or it was never created
        try {
            return query(sql, limit);
        } catch (SQLException e) {
            throw refusal(e);
        }
    }

    private Result query(String sql, int limit) throws SQLException, Refused {
        String pw;
        synchronized (this) {
            if (password == null) {
                provision();
            }
            pw = password;
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(ownerUrl, USER, pw)) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(TIMEOUT_SECONDS);
                s.setMaxRows(limit + 1);
                if (!s.execute(sql)) {
                    c.rollback();
                    throw new Refused("not-a-query", "only a query (SELECT, TABLE, VALUES, WITH ... SELECT, EXPLAIN) returns rows;"
                            + " this statement returned an update count");
                }
                try (ResultSet rs = s.getResultSet()) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<Column> columns = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns.add(new Column(md.getColumnLabel(i), md.getColumnTypeName(i)));
                    }
                    List<List<Object>> rows = new ArrayList<>();
                    boolean truncated = false;
                    while (rs.next()) {
                        if (rows.size() == limit) {
                            truncated = true;
                            break;
                        }
                        List<Object> row = new ArrayList<>(columns.size());
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(value(rs.getObject(i)));
                        }
                        rows.add(row);
                    }
                    c.rollback();
                    return new Result(columns, rows, rows.size(), limit, truncated, (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
    }

    /** Numbers and booleans stay JSON numbers and booleans; everything else (times, text, arrays) is its text. */
    private static Object value(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof Object[] array) {
            return java.util.Arrays.toString(array);
        }
        return v.toString();
    }

    private static Refused refusal(SQLException e) {
        int code = e.getErrorCode();
        String reason = switch (code) {
            case ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1, ErrorCode.ADMIN_RIGHTS_REQUIRED -> "read-only";
            case ErrorCode.SYNTAX_ERROR_1, ErrorCode.SYNTAX_ERROR_2 -> "syntax-error";
            case ErrorCode.STATEMENT_WAS_CANCELED -> "timeout";
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
                 ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2, ErrorCode.COLUMN_NOT_FOUND_1 -> "unknown-name";
            default -> "sql-error";
        };
        String prefix = switch (reason) {
            case "read-only" -> "refused: the ad-hoc SQL connection may only read (H2 user " + USER + " has SELECT rights only): ";
            case "timeout" -> "stopped after the " + TIMEOUT_SECONDS + " s statement timeout: ";
            default -> "";
        };
        return new Refused(reason, prefix + e.getMessage());
    }
}
