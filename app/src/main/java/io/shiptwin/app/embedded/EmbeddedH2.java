package io.shiptwin.app.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 in file mode under the run directory, plus H2's TCP server so that other processes (the H2
 * shell, a dashboard run on its own) can open the same database while ShipTwin writes it.
 * The database is open from {@link #start()} to {@link #close()}, which shuts it down after every writer has
 * stopped, never in a JVM shutdown hook of its own.
 *
 * <p>The file is opened through H2's {@code retry:} file system. Flink interrupts its task threads when it cancels
 * or restarts a job, and a thread interrupted in (or before) file I/O closes the {@code FileChannel} H2 shares
 * between all sessions: the database then fails every later read ("Reading from file … failed … read 0") and loses
 * what it had not yet written. {@code retry:} opens the file again and repeats the operation. Every URL in this
 * process, and the TCP server's, names the database with the same prefix, or H2 would open the file a second time.
 */
public final class EmbeddedH2 implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2.class);

    private final Path file;
    private final String host;
    private final int tcpPort;
    private Server server;
    /** Holds the database open from start() to close(). */
    private Connection keeper;

    /** @param tcpPort -1 = no TCP server, 0 = any free port */
    public EmbeddedH2(Path dir, String host, int tcpPort) {
        this.file = databaseFile(dir);
        this.host = host;
        this.tcpPort = tcpPort;
    }

    /** H2's file system that reopens the file when an interrupt closed it, and repeats the operation. */
    static final String INTERRUPT_SAFE = "retry:";

    /** The JDBC URL for this process of the database under {@code dir}. */
    public static String fileUrl(Path dir) {
        return urlOf(databaseFile(dir));
    }

    public String url() {
        return urlOf(file);
    }

    private static Path databaseFile(Path dir) {
        return dir.toAbsolutePath().resolve("shiptwin");
    }

    /** The one place the in-process URL is spelt: every URL in this process must name the database the same way. */
    private static String urlOf(Path file) {
        return "jdbc:h2:" + INTERRUPT_SAFE + "file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The JDBC URL for other processes, e.g. the H2 shell; null without the TCP server. */
    public String tcpUrl() {
        return server == null ? null : "jdbc:h2:tcp://" + host + ":" + server.getPort() + "/" + INTERRUPT_SAFE + file;
    }

    public EmbeddedH2 start() {
        if (tcpPort >= 0) {
            Ports.requireFree(host, tcpPort, "H2 TCP server", "--h2-port");
            try {
                server = Server.createTcpServer("-tcpPort", Integer.toString(tcpPort), "-ifExists").start();
            } catch (SQLException e) {
                throw new IllegalStateException("H2 TCP server did not start on port " + tcpPort + ": " + e.getMessage(), e);
            }
        }
        // Opens (creates) the database now, so that -ifExists lets remote clients in from the first second, and keeps it
        // open until close(). H2 closes a database when its last connection closes: without this one, it closed and
        // opened again whenever every writer had let go at once, as when the Flink job is cancelled and resubmitted.
        try {
            keeper = DriverManager.getConnection(url());
        } catch (SQLException e) {
            stopServer();
            throw new IllegalStateException("cannot open H2 database " + file + ": " + e.getMessage(), e);
        }
        LOG.info("H2 database {} (other processes: {})", file, server == null ? "none" : tcpUrl());
        return this;
    }

    /** Closes the database cleanly (checkpoint, compact) and stops the TCP server. */
    @Override
    public void close() {
        try (Connection c = keeper != null ? keeper : DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("H2 shutdown: {}", e.getMessage());
        }
        keeper = null;
        stopServer();
    }

    private void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
