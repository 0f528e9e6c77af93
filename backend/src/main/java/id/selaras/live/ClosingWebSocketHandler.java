package id.selaras.live;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The GraphQL WebSocket endpoint, keeping track of its sessions so that an instance being stopped closes them with
 * 1012 (service restart) before the server drains: graphql-ws clients reconnect on that code — to another instance
 * behind the load balancer — and resubscribe with the last sequence they saw, losing nothing.
 */
@Configuration(proxyBeanMethods = false)
class ClosingWebSocketHandler {

    static final CloseStatus RESTART = new CloseStatus(1012, "Service restart");

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
                                                    GraphQlCorsProperties cors, ServerCodecConfigurer codecs) {
        return new Tracking(handler, codecs, properties, cors);
    }

    @Bean
    SmartLifecycle webSocketCloser(GraphQlWebSocketHandler handler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
            }

            @Override
            public void stop() {
                running = false;
                if (handler instanceof Tracking tracking) {
                    tracking.closeAll();
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // before the web server's graceful shutdown waits for open connections
                return SmartLifecycle.DEFAULT_PHASE;
            }
        };
    }

    /** The stock handler, remembering its open sessions. */
    static final class Tracking extends GraphQlWebSocketHandler {

        private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();

        Tracking(WebGraphQlHandler handler, ServerCodecConfigurer codecs, GraphQlProperties properties, GraphQlCorsProperties cors) {
            super(handler, codecs, properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(),
                    cors.toCorsConfiguration());
        }

        @Override
        public Mono<Void> handle(WebSocketSession session) {
            sessions.add(session);
            return super.handle(session).doFinally(signal -> sessions.remove(session));
        }

        int open() {
            return sessions.size();
        }

        void closeAll() {
            Flux.fromIterable(sessions).flatMap(s -> s.close(RESTART).onErrorResume(e -> Mono.empty()))
                    .then().block(java.time.Duration.ofSeconds(5));
        }
    }
}
