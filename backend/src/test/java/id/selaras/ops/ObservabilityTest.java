package id.selaras.ops;


import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Health groups and metrics an operator relies on, read after some traffic. */
@IntegrationTest
class ObservabilityTest {

    @LocalServerPort int port;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }

    @Test
    void readinessIncludesTheDatabaseAndTheListenConnection() {
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.listen.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP");
        client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void metricsAreExposedForPrometheus_perOperation() {
        new Api(port).anonymous().document("query RatingScales { ratingSchemes { name } }").execute().errors().verify();
        new Api(port).anonymous().document("query($v: ID!) { node(id: $v) { id } }").variable("v", "bm90LWFuLWlk")
                .execute();
        String metrics = client().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics)
                .contains("graphql_request_seconds_count{")
                .contains("graphql_operation_name=\"RatingScales\"")
                .contains("selaras_subscriptions_active")
                .contains("selaras_events_listening 1.0")
                .contains("selaras_events_lag_seconds")
                .contains("r2dbc_pool_acquired");
    }
}
