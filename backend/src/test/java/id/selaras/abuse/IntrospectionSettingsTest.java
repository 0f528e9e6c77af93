package id.selaras.abuse;

import id.selaras.testing.TestTokens;
import id.selaras.testsupport.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Production settings: introspection and GraphiQL off by configuration. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.graphql.schema.introspection.enabled=false", "spring.graphql.graphiql.enabled=false"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestTokens.Initializer.class})
class IntrospectionSettingsTest {

    @LocalServerPort int port;

    @Test
    void introspectionAndGraphiql_followConfiguration() {
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ __schema { types { name } } }\"}")
                .exchange().expectBody().jsonPath("$.errors[0].message").exists().jsonPath("$.data.__schema").doesNotExist();
        client.get().uri("/graphiql").exchange().expectStatus().isNotFound();
    }
}
