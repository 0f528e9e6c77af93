package id.selaras.standalone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the backend reaches its PostgreSQL database: the JDBC URL (Flyway), the R2DBC URL (the application) and
 * the credentials.
 */
record DatabaseSettings(String jdbcUrl, String r2dbcUrl, String user, String password) {

    private static final String JDBC = "jdbc:postgresql://";
    private static final String R2DBC = "r2dbc:postgresql://";

    /** A database on this machine, reached without a password (the embedded server trusts local connections). */
    static DatabaseSettings local(int port, String database, String user) {
        String address = "localhost:" + port + "/" + database;
        return new DatabaseSettings(JDBC + address, R2DBC + address, user, "");
    }

    /**
     * The external database the settings name with Spring Boot's properties ({@code spring.r2dbc.url},
     * {@code spring.flyway.url}) or the backend's variables ({@code SELARAS_DB_JDBC_URL}, ...), if any.
     */
    static Optional<DatabaseSettings> external(Settings settings) {
        Optional<String> r2dbc = settings.get("spring.r2dbc.url", "selaras.db.r2dbc-url");
        Optional<String> jdbc = settings.get("spring.flyway.url", "selaras.db.jdbc-url");
        if (r2dbc.isEmpty() && jdbc.isEmpty()) {
            return Optional.empty();
        }
        // Either URL is enough: the other names the same database through the other driver.
        String jdbcUrl = jdbc.map(url -> require(url, JDBC)).orElseGet(() -> convert(r2dbc.get(), R2DBC, JDBC));
        String r2dbcUrl = r2dbc.map(url -> require(url, R2DBC)).orElseGet(() -> convert(jdbcUrl, JDBC, R2DBC));
        String user = settings.get("spring.r2dbc.username", "spring.flyway.user", "selaras.db.user").orElse("selaras");
        String password = settings.get("spring.r2dbc.password", "spring.flyway.password", "selaras.db.password").orElse("");
        return Optional.of(new DatabaseSettings(jdbcUrl, r2dbcUrl, user, password));
    }

    /** The variables the backend reads its database settings from (backend/application.yaml). */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SELARAS_DB_JDBC_URL", jdbcUrl);
        env.put("SELARAS_DB_R2DBC_URL", r2dbcUrl);
        env.put("SELARAS_DB_USER", user);
        env.put("SELARAS_DB_PASSWORD", password);
        return env;
    }

    @Override
    public String toString() {
        // Printed in the launcher's log: never the password.
        return jdbcUrl + " as " + user;
    }

    private static String convert(String url, String from, String to) {
        return to + require(url, from).substring(from.length());
    }

    private static String require(String url, String prefix) {
        if (!url.startsWith(prefix)) {
            throw new StartupFailure("Not a PostgreSQL URL: '" + url + "'. Expected " + prefix + "host:port/database.");
        }
        return url;
    }
}
