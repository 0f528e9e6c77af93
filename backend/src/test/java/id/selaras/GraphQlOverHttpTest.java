package id.selaras;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** The HTTP contract: POST per GraphQL over HTTP, public queries by GET, mutations by GET refused. */
@IntegrationTest
class GraphQlOverHttpTest {

    @LocalServerPort int port;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    URI get(String query) {
        return UriComponentsBuilder.fromUriString("http://localhost:" + port + "/graphql").queryParam("query", "{query}")
                .build(query);
    }

    @Test
    void post_answersWithTheGraphQlResponseMediaType() {
        client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.parseMediaType("application/graphql-response+json"))
                .bodyValue("{\"query\":\"{ ratingSchemes { name } }\"}")
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("application/graphql-response+json")
                .expectBody().jsonPath("$.data.ratingSchemes[0].name").exists();
    }

    @Test
    void get_servesQueries_cacheablyForAnonymousReaders() {
        client().get().uri(get("{ ratingSchemes { name bands { label } } }")).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "public, max-age=60")
                .expectBody().jsonPath("$.data.ratingSchemes[0].bands[0].label").isEqualTo("Sangat Baik");
    }

    @Test
    void get_refusesMutations() {
        client().get().uri(get("mutation { revisePlan(input: {planId: \"x\"}) { draft { id } } }")).exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().valueEquals("Allow", "POST");
    }

    @Test
    void get_reportsASyntaxErrorAsABadRequest() {
        client().get().uri(get("{ ratingSchemes { ")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
    }

    @Test
    void aBadToken_isUnauthorized_asAGraphQlError() {
        client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer not-a-token")
                .bodyValue("{\"query\":\"{ ratingSchemes { name } }\"}")
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
    }
}
