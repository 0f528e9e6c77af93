package id.selaras.standalone;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings: {@code --key=value} arguments, then system properties ({@code -Dkey=value}), then
 * environment variables named like Spring Boot's ({@code selaras.data-dir} → {@code SELARAS_DATA_DIR}).
 */
final class Settings {

    private final Map<String, String> properties;
    private final Map<String, String> environment;

    Settings(Map<String, String> properties, Map<String, String> environment) {
        this.properties = Map.copyOf(properties);
        this.environment = Map.copyOf(environment);
    }

    /** The settings of this JVM: its arguments override its system properties. */
    static Settings of(String[] args) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> properties.put(k, System.getProperty(k)));
        Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("="))
                .forEach(a -> properties.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        return new Settings(properties, System.getenv());
    }

    /** The first of the given keys that is set (and not blank). */
    Optional<String> get(String... keys) {
        for (String key : keys) {
            String value = properties.getOrDefault(key, environment.get(environmentName(key)));
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }

    int port(String key, int defaultPort) {
        String value = get(key).orElse(Integer.toString(defaultPort));
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the setting's name
        }
        throw new StartupFailure(key + " (" + environmentName(key) + ") must be a port number from 1 to 65535, not '"
                + value + "'.");
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
