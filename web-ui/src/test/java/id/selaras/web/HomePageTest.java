package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import id.selaras.web.identity.IdentityTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web UI starts on its own and serves the home page, in Bahasa Indonesia, even when the backend is down
 * (IdentityTest points it at port 9, which refuses connections here), and to anonymous visitors.
 */
@IdentityTest
class HomePageTest {

    @LocalServerPort
    int port;

    @Test
    void home_withBackendDown_isServedInIndonesian() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"id\"").contains("styles/selaras.css");
    }
}
