package id.selaras.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EnvironmentTest {

    private final LauncherConfig config = LauncherConfig.resolve(
            new Settings(Map.of("selaras.backend.port", "9081", "selaras.web.port", "9080"), Map.of()), Path.of("/home/siti"));

    @Test
    void backend_getsTheDatabasePortAndDemoData() {
        Map<String, String> env = Environment.backend(config, DatabaseSettings.local(5433, "selaras", "postgres"));

        assertThat(env).containsEntry("SELARAS_DB_JDBC_URL", "jdbc:postgresql://localhost:5433/selaras")
                .containsEntry("SELARAS_DB_R2DBC_URL", "r2dbc:postgresql://localhost:5433/selaras")
                .containsEntry("SELARAS_DB_USER", "postgres")
                .containsEntry("SELARAS_DB_PASSWORD", "")
                .containsEntry("SELARAS_BACKEND_PORT", "9081")
                .containsEntry("SELARAS_DEMO", "true")
                .containsEntry("SELARAS_OIDC_ISSUER", "http://localhost:9080");
    }

    @Test
    void webUi_getsItsPortTheBackendUrlAndTheIdentityDatabase() {
        assertThat(Environment.webUi(config, DatabaseSettings.local(5433, "selaras", "postgres")))
                .containsEntry("SELARAS_WEB_PORT", "9080")
                .containsEntry("SELARAS_BACKEND_URL", "http://localhost:9081")
                .containsEntry("SELARAS_OIDC_ISSUER", "http://localhost:9080")
                .containsEntry("SELARAS_DEMO", "true")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5433/selaras")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "");
    }

    @Test
    void externalIssuer_isHandedToBoth() {
        LauncherConfig external = LauncherConfig.resolve(new Settings(Map.of(),
                Map.of("SELARAS_OIDC_ISSUER", "https://login.example.go.id/realms/selaras")), Path.of("/home/siti"));

        assertThat(Environment.backend(external, DatabaseSettings.local(5433, "selaras", "postgres")))
                .containsEntry("SELARAS_OIDC_ISSUER", "https://login.example.go.id/realms/selaras");
    }
}
