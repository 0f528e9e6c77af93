package id.selaras.web.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The checks of a client registration, without a server. */
class ClientRequestTest {

    @Test
    void redirectUris_mustBeExact_https_loopbackHttp_orAnAppScheme() {
        assertThat(ClientRequest.uriProblem("https://aplikasi.magelangkota.go.id/callback")).isNull();
        assertThat(ClientRequest.uriProblem("http://127.0.0.1:8765/callback")).isNull();
        assertThat(ClientRequest.uriProblem("http://localhost/cb")).isNull();
        assertThat(ClientRequest.uriProblem("id.go.magelangkota.app:/callback")).isNull();

        assertThat(ClientRequest.uriProblem("http://aplikasi.example.go.id/cb")).isEqualTo("clients.error.uri.http");
        assertThat(ClientRequest.uriProblem("https://*.example.go.id/cb")).isEqualTo("clients.error.uri.wildcard");
        assertThat(ClientRequest.uriProblem("https://example.go.id/cb#x")).isEqualTo("clients.error.uri.fragment");
        assertThat(ClientRequest.uriProblem("javascript:alert(1)")).isEqualTo("clients.error.uri.scheme");
        assertThat(ClientRequest.uriProblem("myapp:/callback")).as("not reverse-domain").isEqualTo("clients.error.uri.scheme");
        assertThat(ClientRequest.uriProblem("/callback")).isEqualTo("clients.error.uri.invalid");
        assertThat(ClientRequest.uriProblem("https://exa mple.go.id")).isEqualTo("clients.error.uri.invalid");
        assertThat(ClientRequest.uriProblem("https://example.go.id/" + "a".repeat(200))).isEqualTo("clients.error.uri.invalid");
    }

    @Test
    void aPublicClient_needsARedirectUri_andAServerOnlyClient_noPersonScopes() {
        assertThat(new ClientRequest("Aplikasi Warga", " ", Set.of("read"), false).problems())
                .containsEntry("redirectUris", "clients.error.uri.required");
        assertThat(new ClientRequest("Server BPS", "", Set.of("read", "openid"), true).problems())
                .containsEntry("scopes", "clients.error.scope.person");
        assertThat(new ClientRequest("Server BPS", "", Set.of("read"), true).problems()).isEmpty();
        assertThat(new ClientRequest("Server BPS", "", Set.of("read"), true).serverOnly()).isTrue();
    }

    @Test
    void nameScopesAndCount_areChecked_eachAtItsField() {
        var problems = new ClientRequest(" x ", "https://a.example/1 https://a.example/2 https://a.example/3 "
                + "https://a.example/4 https://a.example/5 https://a.example/6", Set.of(), true).problems();

        assertThat(problems).containsEntry("name", "clients.error.name")
                .containsEntry("redirectUris", "clients.error.uri.too-many")
                .containsEntry("scopes", "clients.error.scope.required");
        assertThat(new ClientRequest("Aplikasi", "", Set.of("admin"), true).problems())
                .containsEntry("scopes", "clients.error.scope.unknown");
    }

    @Test
    void uris_areSplitOnLinesSpacesAndCommas_eachOnce() {
        assertThat(new ClientRequest("A", "https://a.example/cb\n https://b.example/cb, https://a.example/cb", Set.of(), false)
                .uris()).containsExactly("https://a.example/cb", "https://b.example/cb");
        assertThat(new ClientRequest("  Aplikasi   Warga  ", "", Set.of(), true).cleanName()).isEqualTo("Aplikasi Warga");
    }
}
