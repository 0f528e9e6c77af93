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
        return env;
    }

    static Map<String, String> webUi(LauncherConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SELARAS_WEB_PORT", Integer.toString(config.webPort()));
        env.put("SELARAS_BACKEND_URL", config.backendUrl());
        return env;
    }
}
