package id.selaras.standalone;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables the launcher hands to the backend and the web UI (their application.yaml names). */
final class Environment {

    private Environment() {
    }

    static Map<String, String> backend(LauncherConfig config, DatabaseSettings database) {
        Map<String, String> env = new LinkedHashMap<>(database.environment());
        env.put("SELARAS_BACKEND_PORT", Integer.toString(config.backendPort()));
        env.put("SELARAS_DEMO", Boolean.toString(config.demo()));
        // The backend accepts tokens of the web UI's embedded provider (or of the external issuer configured).
        env.put("SELARAS_OIDC_ISSUER", config.issuer());
        return env;
    }

    /** The web UI also hosts the embedded identity provider, whose accounts live in the same database (schema identity). */
    static Map<String, String> webUi(LauncherConfig config, DatabaseSettings database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SELARAS_WEB_PORT", Integer.toString(config.webPort()));
        // Probes and metrics: beside the web port (8080 → 8090), so that runs on other ports do not collide.
        env.put("SELARAS_WEB_MANAGEMENT_PORT", System.getenv().getOrDefault("SELARAS_WEB_MANAGEMENT_PORT",
                Integer.toString(config.webPort() + 10)));
        env.put("SELARAS_BACKEND_URL", config.backendUrl());
        env.put("SELARAS_OIDC_ISSUER", config.issuer());
        env.put("SELARAS_DEMO", Boolean.toString(config.demo()));
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", database.user());
        env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        return env;
    }
}
