package id.selaras.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.annotation.DirtiesContext;

/**
 * With {@code selaras.identity.embedded=false} the web UI is only a client of an external issuer: it starts without
 * a database and without the issuer being up (discovery waits for the first sign-in), and serves no provider pages.
 *
 * <p>A second application context in the test JVM: Vaadin installs its own {@code SecurityContextHolder} strategy
 * globally at start, which would cut the other context's filters off from the code that reads the static holder. So
 * this one is closed after its tests and the strategy it replaced is put back.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "selaras.identity.embedded=false",
        "selaras.identity.issuer=http://127.0.0.1:9/realms/selaras",
        "selaras.identity.client-secret=external-secret",
        "selaras.backend.url=http://127.0.0.1:9"})
class ExternalIssuerTest {

    private static SecurityContextHolderStrategy replaced;

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @BeforeAll
    static void rememberStrategy() {
        replaced = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreStrategy() {
        SecurityContextHolder.setContextHolderStrategy(replaced);
    }

    @Test
    void externalIssuer_startsWithoutDatabaseOrProvider() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
    }

    @Test
    void externalIssuer_servesPublicPages_andNoProviderEndpoints() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/oauth2/jwks").body()).doesNotContain("\"keys\"");
        assertThat(get("/register").body()).doesNotContain("consent");
    }

    @Test
    void failedSignIn_explainsItself() throws Exception {
        HttpResponse<String> page = get("/sign-in-failed");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"id\"").contains("role=\"alert\"").contains("Gagal masuk");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}
