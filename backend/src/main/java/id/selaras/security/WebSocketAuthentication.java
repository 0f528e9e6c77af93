package id.selaras.security;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * GraphQL over WebSocket authenticates in the {@code connection_init} payload ({@code {"Authorization": "Bearer …"}}),
 * as browsers cannot set headers on a WebSocket. The token is validated like an HTTP one; a bad token closes the
 * connection; no token makes an anonymous connection that receives public events only.
 */
@Component
class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

    private static final String KEY = WebSocketAuthentication.class.getName();

    private final ReactiveJwtDecoder decoder;
    private final JwtActorConverter converter;

    WebSocketAuthentication(ReactiveJwtDecoder decoder, SecurityProperties properties) {
        this.decoder = decoder;
        this.converter = new JwtActorConverter(properties);
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        String token = token(payload);
        if (token == null) {
            return Mono.empty();
        }
        return decoder.decode(token)
                .doOnNext(jwt -> info.getAttributes().put(KEY, converter.authenticate(jwt)))
                .onErrorMap(JwtException.class, e -> new IllegalStateException("Invalid token"))
                .then(Mono.empty());
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest ws
                && ws.getSessionInfo().getAttributes().get(KEY) instanceof ActorAuthentication auth) {
            return chain.next(request).contextWrite(ReactiveSecurityContextHolder.withAuthentication(auth));
        }
        return chain.next(request);
    }

    private static String token(Map<String, Object> payload) {
        if (payload == null) {
            return null;
        }
        Object value = payload.getOrDefault("Authorization", payload.getOrDefault("authorization", payload.get("token")));
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        return s.regionMatches(true, 0, "Bearer ", 0, 7) ? s.substring(7).strip() : s.strip();
    }
}
