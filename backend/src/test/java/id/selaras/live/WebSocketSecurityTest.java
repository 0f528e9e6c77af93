package id.selaras.live;

import java.time.Duration;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WebSocket connections authenticate in connection_init, and browsers may only connect from allowed origins. */
@IntegrationTest
class WebSocketSecurityTest {

    static final String CHANGES = "query($v: ID!) { changes(planVersion: $v) { totalCount } }";

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    WebSocketGraphQlClient client(Object initPayload, HttpHeaders headers) {
        var builder = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new ReactorNettyWebSocketClient());
        if (headers != null) {
            builder.headers(h -> h.addAll(headers));
        }
        if (initPayload != null) {
            builder.interceptor(new WebSocketGraphQlClientInterceptor() {
                @Override
                public Mono<Object> connectionInitPayload() {
                    return Mono.just(initPayload);
                }
            });
        }
        return builder.build();
    }

    @Test
    void aTokenInConnectionInit_authenticatesTheSocket() {
        var w = fixtures.world();
        var planner = client(Map.of("Authorization", "Bearer " + TestTokens.planner("p", w.region().code())), null);
        var ok = planner.document(CHANGES).variable("v", w.draftId()).execute().block(Duration.ofSeconds(10));
        assertThat(ok.getErrors()).isEmpty();
        planner.stop().block();
        var anonymous = client(null, null);
        var denied = anonymous.document(CHANGES).variable("v", w.draftId()).execute().block(Duration.ofSeconds(10));
        assertThat(denied.getErrors()).extracting(e -> e.getErrorType().toString()).containsExactly("UNAUTHORIZED");
        anonymous.stop().block();
    }

    @Test
    void anInvalidTokenInConnectionInit_closesTheConnection() {
        var bad = client(Map.of("Authorization", "Bearer not.a.token"), null);
        assertThatThrownBy(() -> bad.document("{ ratingSchemes { name } }").execute().block(Duration.ofSeconds(10)))
                .isNotNull();
    }

    @Test
    void aBrowserFromAnotherOrigin_isRefusedAtTheHandshake() {
        assertThat(handshake("https://evil.example")).isEqualTo(403);
        assertThat(handshake("http://localhost:8080")).isNotEqualTo(403);
        assertThat(handshake(null)).isNotEqualTo(403);
    }

    int handshake(String origin) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/graphql"))
                    .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==").header("Sec-WebSocket-Version", "13")
                    .header("Sec-WebSocket-Protocol", "graphql-transport-ws").timeout(Duration.ofSeconds(5));
            if (origin != null) {
                request.header("Origin", origin);
            }
            // java.net.http refuses to set Upgrade itself; a raw socket sends the full handshake instead
            try (var socket = new java.net.Socket("localhost", port)) {
                String lines = "GET /graphql HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                        + "Sec-WebSocket-Protocol: graphql-transport-ws\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
                socket.getOutputStream().write(lines.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.setSoTimeout(5000);
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
                return Integer.parseInt(status.split(" ")[1]);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
