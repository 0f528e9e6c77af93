package id.selaras.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh PostgreSQL database for one test run, created on a real server and dropped when the JVM exits.
 *
 * <p>The server is found in this order: the JDBC URL in {@code SELARAS_TEST_DB_URL} (CI's PostgreSQL); a Testcontainers
 * PostgreSQL where a Docker engine runs; an embedded PostgreSQL (zonky). Each database has a unique name, so runs on one
 * server never collide.
 */
public final class TestDatabase {

    public static final String ENV = "SELARAS_TEST_DB_URL";
    private static final String PREFIX = "selaras_test_";
    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static TestDatabase shared;

    private final TestServer server;
    private final String name;

    private TestDatabase(TestServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The database shared by every test of this JVM. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    /** A new, empty database on the test server; dropped at JVM exit. */
    public static TestDatabase create() {
        TestServer server = TestServer.get();
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
        try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
            dropStale(s);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server.describe() + ": " + e.getMessage(), e);
        }
        TestDatabase db = new TestDatabase(server, name);
        Runtime.getRuntime().addShutdownHook(new Thread(db::drop, "drop-" + name));
        log.info("Test database {} on {}", name, server.describe());
        return db;
    }

    public String name() { return name; }
    public String host() { return server.host(); }
    public int port() { return server.port(); }
    public String username() { return server.user(); }
    public String password() { return server.password(); }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + name;
    }

    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host() + ":" + port() + "/" + name;
    }

    /** A plain JDBC connection, for fixtures and assertions that look at the tables directly. */
    public Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", username());
        if (password() != null) {
            p.setProperty("password", password());
        }
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    private void drop() {
        try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            log.warn("Could not drop test database {}: {}", name, e.getMessage());
        }
    }

    /** Databases of runs that died without dropping theirs (older than a day) are removed. */
    private static void dropStale(Statement s) throws SQLException {
        long cutoff = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
        try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            var stale = new java.util.ArrayList<String>();
            while (rs.next()) {
                String n = rs.getString(1);
                String[] parts = n.substring(PREFIX.length()).split("_");
                try {
                    if (Long.parseLong(parts[0]) < cutoff) {
                        stale.add(n);
                    }
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
            for (String n : stale) {
                s.execute("DROP DATABASE IF EXISTS " + n + " WITH (FORCE)");
            }
        }
    }

    static Properties parse(String jdbcUrl) {
        Properties p = Driver.parseURL(jdbcUrl, new Properties());
        if (p == null || !jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(ENV + " must be a PostgreSQL JDBC URL, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres; got: " + jdbcUrl);
        }
        return p;
    }
}
