package id.selaras.security;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A browser opening the GraphQL WebSocket must come from an allowed origin (cross-site WebSocket hijacking otherwise
 * rides on the user's session). Non-browser clients send no Origin and pass; they authenticate with a token anyway.
 */
@Component
@Order(-200)
class WebSocketOrigins implements WebFilter {

    private final List<String> allowed;

    WebSocketOrigins(@Value("${selaras.websocket.allowed-origins:http://localhost:8080,http://127.0.0.1:8080}") List<String> allowed) {
        this.allowed = allowed.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String origin = headers.getOrigin();
        if (origin == null || !"websocket".equalsIgnoreCase(headers.getUpgrade()) || allowed(origin, exchange)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        return exchange.getResponse().setComplete();
    }

    private boolean allowed(String origin, ServerWebExchange exchange) {
        if (allowed.contains("*") || allowed.contains(origin)) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            String host = exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST);
            return host != null && host.equalsIgnoreCase(o.getAuthority()); // same origin as the API itself
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
