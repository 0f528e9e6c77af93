package id.selaras.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DiagnosisTest {

    private final LauncherConfig config = LauncherConfig.resolve(new Settings(Map.of(), Map.of()), Path.of("/root"));

    @Test
    void embeddedDatabase_refusedAsRoot_saysSoAndNamesTheExternalSettings() {
        String message = Diagnosis.embeddedDatabase(new IllegalStateException("Process [initdb] failed"), true,
                "initdb: error: cannot be run as root", config);

        assertThat(message).contains("PostgreSQL refuses to run as root").contains("ordinary user")
                .contains("spring.r2dbc.url").contains("SELARAS_DB_JDBC_URL").contains("cannot be run as root");
    }

    @Test
    void embeddedDatabase_otherFailureOfRoot_isNotBlamedOnRoot() {
        String message = Diagnosis.embeddedDatabase(new IllegalStateException("Gave up waiting"), true,
                "creating directory /root/.selaras/pgdata ... ok", config);

        assertThat(message).doesNotContain("refuses to run as root")
                .contains("could not start: Gave up waiting").contains("/root/.selaras/postgresql.log");
    }

    @Test
    void embeddedDatabase_dataDirectoryInUse_namesTheDataDirSetting() {
        String message = Diagnosis.embeddedDatabase(new IllegalStateException("could not lock /root/.selaras/pgdata/epg-lock"),
                false, "", config);

        assertThat(message).contains("Another Selaras").contains("selaras.data-dir");
    }

    @Test
    void rootWithoutUserNamespaces_saysPostgresRefusesRootAndNamesTheExternalSettings() {
        assertThat(Diagnosis.rootWithoutUserNamespaces()).contains("refuses to run as root").contains("unshare")
                .contains("-Dspring.r2dbc.url=").contains("SELARAS_DB_PASSWORD=");
    }
}
