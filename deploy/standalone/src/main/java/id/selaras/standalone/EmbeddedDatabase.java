package id.selaras.standalone;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL (zonky) that keeps Selaras's data in {@code <data-dir>/pgdata} from one run to the next.
 *
 * <p>Run as root, zonky starts the server in a user namespace ({@code unshare -U}) where it is not root, so PostgreSQL
 * accepts it and the files stay root's; where that is impossible, the failure is explained by {@link Diagnosis}.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "selaras";
    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final boolean created;

    private EmbeddedDatabase(EmbeddedPostgres postgres, boolean created) {
        this.postgres = postgres;
        this.created = created;
    }

    static EmbeddedDatabase start(LauncherConfig config) {
        ServerLog log = new ServerLog(config.dataDir().resolve("postgresql.log"));
        try {
            if (!Files.exists(config.dataDir())) {
                // Private: zonky makes binaries/ world-writable, harmless only inside a directory others cannot enter.
                Files.createDirectories(config.dataDir(), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            boolean created = !Files.exists(config.pgData().resolve("postgresql.conf"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(config.pgData())
                    .setCleanDataDirectory(false)
                    // The launcher stops it itself, after the backend that uses it.
                    .setRegisterShutdownHook(false)
                    // Under the data directory, not /tmp/embedded-pg, which another user (root) may already own.
                    .setOverrideWorkingDirectory(config.dataDir().resolve("binaries").toFile())
                    .setPort(config.databasePort())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky's defaults (fsync off via -F, synchronous_commit off) suit throwaway test databases,
                    // not data a planner keeps; -c options come after -F and win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale", "C")
                    .setOutputRedirector(Redirect.appendTo(log.file()))
                    .setErrorRedirector(Redirect.appendTo(log.file()))
                    .start();
            createDatabaseIfAbsent(postgres);
            return new EmbeddedDatabase(postgres, created);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StartupFailure(Diagnosis.embeddedDatabase(e, CurrentUser.isRoot(), log.newLines(20), config), e);
        }
    }

    DatabaseSettings settings() {
        return DatabaseSettings.local(postgres.getPort(), DATABASE, SUPERUSER);
    }

    /** True when this run created the database cluster (the first start). */
    boolean created() {
        return created;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void createDatabaseIfAbsent(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }
}
