package id.selaras.standalone;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the launcher runs and where: the ports, the data directory, demo data, and the database — embedded unless
 * an external PostgreSQL is configured.
 *
 * @param dataDir          Selaras's own directory; the embedded PostgreSQL keeps its data in {@code pgdata} below it
 * @param externalDatabase the external PostgreSQL to use instead of the embedded one, if configured
 * @param issuer           the OIDC issuer: the web UI's embedded provider unless an external one is configured
 */
record LauncherConfig(
        Path dataDir,
        int databasePort,
        int backendPort,
        int webPort,
        boolean demo,
        Optional<DatabaseSettings> externalDatabase,
        String issuer) {

    static final String DATA_DIR = "selaras.data-dir";
    static final String DATABASE_PORT = "selaras.db.port";
    static final String BACKEND_PORT = "selaras.backend.port";
    static final String WEB_PORT = "selaras.web.port";
    static final String DEMO = "selaras.demo";
    static final String ISSUER = "selaras.oidc.issuer";

    /** The configuration the settings describe; {@code home} is the user's home directory. */
    static LauncherConfig resolve(Settings settings, Path home) {
        Path dataDir = settings.get(DATA_DIR).map(Path::of).orElse(home.resolve(".selaras")).toAbsolutePath();
        int webPort = settings.port(WEB_PORT, 8080);
        return new LauncherConfig(
                dataDir,
                settings.port(DATABASE_PORT, 5433),
                settings.port(BACKEND_PORT, 8081),
                webPort,
                settings.get(DEMO).map(Boolean::parseBoolean).orElse(true),
                DatabaseSettings.external(settings),
                settings.get(ISSUER).orElse("http://localhost:" + webPort));
    }

    Path pgData() {
        return dataDir.resolve("pgdata");
    }

    String backendUrl() {
        return "http://localhost:" + backendPort;
    }

    String webUrl() {
        return "http://localhost:" + webPort + "/";
    }
}
