package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web UI starts on its own and serves the home page, in Bahasa Indonesia, even when the backend is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Port 9 (discard) refuses connections here: the home page must still answer, showing its error state.
        properties = "selaras.backend.url=http://127.0.0.1:9")
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
