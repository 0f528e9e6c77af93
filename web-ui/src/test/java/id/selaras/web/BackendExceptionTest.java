package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.GraphQlTransportException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

class BackendExceptionTest {

    private static final URI GRAPHQL = URI.create("http://localhost:8081/graphql");

    @Test
    void of_connectionRefused_isUnreachable() {
        var refused = new WebClientRequestException(new ConnectException("Connection refused"), HttpMethod.POST, GRAPHQL,
                new HttpHeaders());

        assertThat(BackendException.of("Query Plans", new GraphQlTransportException(refused, null)).unreachable()).isTrue();
    }

    @Test
    void of_blockTimeout_isUnreachable() {
        var timeout = new IllegalStateException("Timeout on blocking read for 10000000000 NANOSECONDS");

        assertThat(BackendException.of("Query Plans", timeout).unreachable()).isTrue();
    }

    @Test
    void of_notFound_isReachableButFailed() {
        var notFound = WebClientResponseException.create(404, "Not Found", new HttpHeaders(), new byte[0], null);

        assertThat(BackendException.of("Query Plans", new GraphQlTransportException(notFound, null)).unreachable()).isFalse();
    }
}
