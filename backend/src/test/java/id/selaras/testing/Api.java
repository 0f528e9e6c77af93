package id.selaras.testing;

import java.util.Locale;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GraphQL testers against the running backend, one per caller. */
public final class Api {

    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://localhost:" + port + "/graphql";
    }

    public HttpGraphQlTester anonymous() {
        return HttpGraphQlTester.create(client().build());
    }

    public HttpGraphQlTester as(String token) {
        return HttpGraphQlTester.create(client().defaultHeaders(h -> h.setBearerAuth(token)).build());
    }

    public HttpGraphQlTester as(String token, Locale locale) {
        return HttpGraphQlTester.create(client().defaultHeaders(h -> {
            h.setBearerAuth(token);
            h.setAcceptLanguageAsLocales(java.util.List.of(locale));
        }).build());
    }

    public HttpGraphQlTester anonymous(Locale locale) {
        return HttpGraphQlTester.create(client().defaultHeaders(h -> h.setAcceptLanguageAsLocales(java.util.List.of(locale))).build());
    }

    private WebTestClient.Builder client() {
        return WebTestClient.bindToServer().baseUrl(baseUrl).responseTimeout(java.time.Duration.ofSeconds(60))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024));
    }
}
