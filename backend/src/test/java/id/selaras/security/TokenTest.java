package id.selaras.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import id.selaras.IntegrationTest;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tokens are checked for signature, issuer, audience and lifetime; a bad one is UNAUTHORIZED, as a GraphQL error. */
@IntegrationTest
class TokenTest {

    static final String MUTATION = "{\"query\":\"mutation { createRegion(input: {code: \\\"98\\\", name: \\\"X\\\", level: PROVINSI}) { region { id } } }\"}";

    @LocalServerPort int port;

    WebTestClient.ResponseSpec post(String token) {
        var request = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.bodyValue(MUTATION).exchange();
    }

    void unauthorized(String token) {
        post(token).expectStatus().isUnauthorized()
                .expectHeader().valueMatches("WWW-Authenticate", "Bearer.*invalid_token.*")
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
    }

    @Test
    void anExpiredToken_isUnauthorized() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        unauthorized(TestTokens.sign(TestTokens.claims("admin", "selaras-web").claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))).build()));
    }

    @Test
    void aTokenFromAnotherIssuer_isUnauthorized() {
        unauthorized(TestTokens.sign(TestTokens.claims("admin", "selaras-web").issuer("https://evil.example")
                .claim("roles", List.of("ADMIN")).build()));
    }

    @Test
    void aTokenForAnotherAudience_isUnauthorized() {
        unauthorized(TestTokens.sign(TestTokens.claims("admin", "selaras-web").audience("another-api")
                .claim("roles", List.of("ADMIN")).build()));
    }

    @Test
    void aTokenWithABadSignature_isUnauthorized() {
        unauthorized(TestTokens.signWithUnknownKey(TestTokens.claims("admin", "selaras-web").claim("roles", List.of("ADMIN")).build()));
        String good = TestTokens.admin("admin");
        unauthorized(good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5));
    }

    @Test
    void noToken_isUnauthorizedForAWrite() {
        post(null).expectStatus().isOk()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED")
                .jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aValidTokenWithoutTheRole_isForbidden() {
        post(TestTokens.citizen("warga")).expectStatus().isOk()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
    }
}
