package id.selaras.web.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import id.selaras.web.identity.IdentityTest;
import id.selaras.web.identity.TokenRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API clients on the running provider (the shared identity test context): a registered client's secret is shown once
 * and works at the token endpoint, a rotation retires the old secret, a disabled client is refused, every change is
 * recorded with its actor, and a stale version is a conflict.
 */
@IdentityTest
class ClientAdministrationTest {

    static final ApiClient.Actor MODERATOR = new ApiClient.Actor("moderator-subject", "Moderator Uji", true);

    @Autowired
    ClientAdministration admin;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aConfidentialClient_getsASecretOnce_thatWorks_andOnlyItsHashIsKept() {
        ApiClient.Issued issued = admin.register(MODERATOR, new ClientRequest("Server Dasbor BPS", "", Set.of("read"), true));

        assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(issued.client().clientId()).startsWith("ext-server-dasbor-bps-");
        assertThat(issued.client().grantTypes()).containsExactly("client_credentials");
        String stored = jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_id = :id")
                .param("id", issued.client().clientId()).query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(issued.secret());
        assertThat(TokenRequests.clientCredentialsStatus(issued.client().clientId(), issued.secret(), "read")).isEqualTo(200);
        assertThat(admin.list(MODERATOR)).extracting(ApiClient::clientId).contains(issued.client().clientId())
                .contains("selaras-web");
        assertThat(admin.history(MODERATOR, issued.client().clientId())).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("REGISTERED"))
                .satisfies(e -> assertThat(e.actorName()).isEqualTo("Moderator Uji"));
    }

    @Test
    void rotating_retiresTheOldSecret_andDisabling_refusesTheClient_untilEnabled() {
        ApiClient.Issued first = admin.register(MODERATOR, new ClientRequest("Server Rotasi", "", Set.of("read"), true));
        String id = first.client().clientId();

        ApiClient.Issued rotated = admin.rotateSecret(MODERATOR, id, first.client().version());
        assertThat(rotated.secret()).isNotEqualTo(first.secret());
        assertThat(TokenRequests.clientCredentialsStatus(id, first.secret(), "read")).isEqualTo(401);
        assertThat(TokenRequests.clientCredentialsStatus(id, rotated.secret(), "read")).isEqualTo(200);

        ApiClient disabled = admin.setEnabled(MODERATOR, id, false, rotated.client().version());
        assertThat(disabled.enabled()).isFalse();
        assertThat(TokenRequests.clientCredentialsStatus(id, rotated.secret(), "read")).isEqualTo(401);

        assertThatThrownBy(() -> admin.setEnabled(MODERATOR, id, true, rotated.client().version()))
                .as("a stale version").isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).conflict()).isTrue());
        admin.setEnabled(new ApiClient.Actor("admin-subject", "Admin Uji", true), id, true, disabled.version());
        assertThat(TokenRequests.clientCredentialsStatus(id, rotated.secret(), "read")).isEqualTo(200);

        assertThat(admin.history(MODERATOR, id)).extracting(ApiClient.Event::action, ApiClient.Event::actorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ENABLED", "Admin Uji"),
                        org.assertj.core.groups.Tuple.tuple("DISABLED", "Moderator Uji"),
                        org.assertj.core.groups.Tuple.tuple("SECRET_ROTATED", "Moderator Uji"),
                        org.assertj.core.groups.Tuple.tuple("REGISTERED", "Moderator Uji"));
        assertThat(jdbc.sql("SELECT count(*) FROM api_client_event WHERE client_id = :id AND actor = 'moderator-subject'")
                .param("id", id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aPublicClient_hasNoSecret_usesPkce_andAsksForConsent() {
        ApiClient.Issued issued = admin.register(MODERATOR, new ClientRequest("Aplikasi Warga Magelang",
                "id.go.magelangkota.warga:/callback\nhttps://warga.magelangkota.go.id/callback", Set.of("openid", "read"), false));

        assertThat(issued.secret()).isNull();
        assertThat(issued.client().redirectUris()).containsExactlyInAnyOrder("id.go.magelangkota.warga:/callback",
                "https://warga.magelangkota.go.id/callback");
        assertThat(issued.client().grantTypes()).containsExactly("authorization_code");
        String settings = jdbc.sql("SELECT client_settings FROM oauth2_registered_client WHERE client_id = :id")
                .param("id", issued.client().clientId()).query(String.class).single();
        assertThat(settings).contains("\"settings.client.require-proof-key\":true")
                .contains("\"settings.client.require-authorization-consent\":true");
        assertThatThrownBy(() -> admin.rotateSecret(MODERATOR, issued.client().clientId(), 0))
                .hasMessageContaining("clients.error.no-secret");
    }

    @Test
    void invalidRegistrations_configuredClients_andOtherRoles_areRefused() {
        assertThatThrownBy(() -> admin.register(MODERATOR, new ClientRequest("Aplikasi", "http://evil.example/cb",
                Set.of("read"), false))).isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).problems()).containsEntry("redirectUris", "clients.error.uri.http"));
        assertThatThrownBy(() -> admin.setEnabled(MODERATOR, "selaras-web", false, 0))
                .hasMessageContaining("clients.error.configured");
        assertThatThrownBy(() -> admin.list(new ApiClient.Actor("warga", "Warga", false)))
                .hasMessageContaining("clients.error.forbidden");
    }

    @Test
    void thePage_showsTheSecretOnce_andNeverAgain() {
        ClientView view = new ClientView(admin, () -> MODERATOR);
        ApiClient.Issued issued = admin.register(MODERATOR, new ClientRequest("Server Sekali Tampil", "", Set.of("read"), true));
        view.reload();
        assertThat(view.listText()).contains(issued.client().clientId()).doesNotContain(issued.secret());

        ApiClient listed = admin.find(MODERATOR, issued.client().clientId());
        assertThat(view.rotate(listed)).isTrue();
        String shown = view.secretShown();
        String newSecret = shown.replaceAll("(?s).*?(" + "[A-Za-z0-9_-]{43}" + ").*", "$1");
        assertThat(TokenRequests.clientCredentialsStatus(listed.clientId(), newSecret, "read")).isEqualTo(200);
        assertThat(view.listText()).doesNotContain(newSecret);

        view.dismissSecret();
        assertThat(view.secretShown()).isEmpty();
        assertThat(new ClientView(admin, () -> MODERATOR).listText()).doesNotContain(newSecret);
    }
}
