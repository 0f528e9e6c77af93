package id.selaras.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherConfigTest {

    private static final Path HOME = Path.of("/home/siti");

    private static LauncherConfig resolve(Map<String, String> properties, Map<String, String> env) {
        return LauncherConfig.resolve(new Settings(properties, env), HOME);
    }

    @Test
    void resolve_withNothingSet_usesEmbeddedDatabaseInHomeAndStandardPorts() {
        LauncherConfig config = resolve(Map.of(), Map.of());

        assertThat(config.externalDatabase()).isEmpty();
        assertThat(config.pgData()).isEqualTo(Path.of("/home/siti/.selaras/pgdata"));
        assertThat(config.databasePort()).isEqualTo(5433);
        assertThat(config.backendPort()).isEqualTo(8081);
        assertThat(config.webPort()).isEqualTo(8080);
        assertThat(config.demo()).isTrue();
    }

    @Test
    void resolve_withSpringR2dbcUrl_usesThatDatabaseAndDerivesTheJdbcUrl() {
        LauncherConfig config = resolve(Map.of(
                "spring.r2dbc.url", "r2dbc:postgresql://db.magelangkota.go.id:5432/selaras",
                "spring.r2dbc.username", "selaras", "spring.r2dbc.password", "rahasia"), Map.of());

        DatabaseSettings db = config.externalDatabase().orElseThrow();
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.magelangkota.go.id:5432/selaras");
        assertThat(db.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db.magelangkota.go.id:5432/selaras");
        assertThat(db.password()).isEqualTo("rahasia");
        assertThat(db.toString()).doesNotContain("rahasia");
    }

    @Test
    void resolve_withBackendEnvironmentVariables_usesThatDatabase() {
        LauncherConfig config = resolve(Map.of(), Map.of(
                "SELARAS_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/selaras?sslmode=disable",
                "SELARAS_DB_USER", "postgres"));

        DatabaseSettings db = config.externalDatabase().orElseThrow();
        assertThat(db.r2dbcUrl()).isEqualTo("r2dbc:postgresql://127.0.0.1:5432/selaras?sslmode=disable");
        assertThat(db.user()).isEqualTo("postgres");
        assertThat(db.password()).isEmpty();
    }

    @Test
    void resolve_systemPropertiesOverrideEnvironment() {
        LauncherConfig config = resolve(
                Map.of("selaras.web.port", "9090", "selaras.data-dir", "/srv/selaras"),
                Map.of("SELARAS_WEB_PORT", "7070", "SELARAS_BACKEND_PORT", "7071", "SELARAS_DATA_DIR", "/tmp/x"));

        assertThat(config.webPort()).isEqualTo(9090);
        assertThat(config.backendPort()).isEqualTo(7071);
        assertThat(config.pgData()).isEqualTo(Path.of("/srv/selaras/pgdata"));
    }

    @Test
    void resolve_withInvalidPort_namesTheSettingToFix() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("SELARAS_DB_PORT", "lima")))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("selaras.db.port").hasMessageContaining("SELARAS_DB_PORT").hasMessageContaining("lima");
    }

    @Test
    void resolve_withNonPostgresUrl_isRejected() {
        assertThatThrownBy(() -> resolve(Map.of("spring.flyway.url", "jdbc:mysql://localhost/selaras"), Map.of()))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void arguments_overrideSystemProperties() {
        Settings settings = Settings.of(new String[] {"--selaras.web.port=9191", "ignored"});

        assertThat(settings.port(LauncherConfig.WEB_PORT, 8080)).isEqualTo(9191);
    }
}
