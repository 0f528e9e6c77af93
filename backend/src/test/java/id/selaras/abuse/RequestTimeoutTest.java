package id.selaras.abuse;

import java.time.Duration;

import id.selaras.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that outlives the timeout is cancelled and answered with REQUEST_TIMEOUT. */
@IntegrationTest
class RequestTimeoutTest {

    @Autowired MessageSource messages;
    @Autowired java.util.List<WebGraphQlInterceptor> interceptors;

    @Test
    void aSlowRequest_isCancelledWithAClearError() throws Exception {
        var type = Class.forName("id.selaras.common.graphql.RequestTimeout");
        var constructor = type.getDeclaredConstructor(Duration.class, MessageSource.class);
        constructor.setAccessible(true);
        WebGraphQlInterceptor timeout = (WebGraphQlInterceptor) constructor.newInstance(Duration.ofMillis(200), messages);
        var request = new WebGraphQlRequest(java.net.URI.create("http://localhost/graphql"), new HttpHeaders(),
                new LinkedMultiValueMap<>(), null, java.util.Map.of(), java.util.Map.of("query", "{ ratingSchemes { name } }"),
                "1", java.util.Locale.ENGLISH);
        WebGraphQlResponse response = timeout.intercept(request, r -> Mono.never()).block(Duration.ofSeconds(5));
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().getFirst().getExtensions().get("code")).isEqualTo("REQUEST_TIMEOUT");
        assertThat(response.getErrors().getFirst().getMessage()).contains("stopped after 0 seconds");
        assertThat(interceptors).anyMatch(i -> i.getClass() == type);
    }
}
