package id.selaras.common.graphql;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Queries by GET (GraphQL over HTTP): public reads become shareable, cacheable URLs. Mutations by GET are refused
 * with 405, as the specification requires. Runs after the security filters, so a bearer token still counts; only
 * anonymous answers are marked cacheable.
 */
@Component
@Order(0)
class GraphQlGetFilter implements WebFilter {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final int MAX_QUERY_LENGTH = 20_000;

    private final WebGraphQlHandler graphQl;
    private final ObjectMapper json;

    GraphQlGetFilter(WebGraphQlHandler graphQl, ObjectMapper json) {
        this.graphQl = graphQl;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.GET || !"/graphql".equals(request.getPath().pathWithinApplication().value())
                || "websocket".equalsIgnoreCase(request.getHeaders().getUpgrade())) {
            return chain.filter(exchange);
        }
        var params = request.getQueryParams();
        String query = params.getFirst("query");
        if (query == null || query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
            return write(exchange.getResponse(), HttpStatus.BAD_REQUEST, error("A 'query' parameter is required (at most "
                    + MAX_QUERY_LENGTH + " characters)."), false);
        }
        String operationName = params.getFirst("operationName");
        Optional<OperationDefinition.Operation> operation;
        try {
            operation = operation(Parser.parse(query), operationName);
        } catch (InvalidSyntaxException e) {
            operation = Optional.of(OperationDefinition.Operation.QUERY); // let the engine report the syntax error
        }
        if (operation.isPresent() && operation.get() != OperationDefinition.Operation.QUERY) {
            exchange.getResponse().getHeaders().setAllow(java.util.Set.of(HttpMethod.POST));
            return write(exchange.getResponse(), HttpStatus.METHOD_NOT_ALLOWED,
                    error("Only queries may be sent by GET; send mutations and subscriptions by POST or WebSocket."), false);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        try {
            if (params.getFirst("variables") != null) {
                body.put("variables", json.readValue(params.getFirst("variables"), Map.class));
            }
            if (params.getFirst("extensions") != null) {
                body.put("extensions", json.readValue(params.getFirst("extensions"), Map.class));
            }
        } catch (JacksonException e) {
            return write(exchange.getResponse(), HttpStatus.BAD_REQUEST, error("'variables' and 'extensions' must be JSON objects."), false);
        }
        var locale = exchange.getLocaleContext().getLocale();
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.getURI(), request.getHeaders(), request.getCookies(),
                request.getRemoteAddress(), exchange.getAttributes(), body, request.getId(),
                locale == null ? java.util.Locale.forLanguageTag("id") : locale);
        boolean anonymous = !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        return graphQl.handleRequest(graphQlRequest).flatMap(response -> write(exchange.getResponse(),
                response.getExecutionResult().isDataPresent() ? HttpStatus.OK : HttpStatus.BAD_REQUEST,
                response.toMap(), anonymous && response.getErrors().isEmpty()));
    }

    private static Optional<OperationDefinition.Operation> operation(Document document, String name) {
        List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
        return ops.stream().filter(op -> name == null ? ops.size() == 1 : name.equals(op.getName()))
                .findFirst().map(OperationDefinition::getOperation);
    }

    private static Map<String, Object> error(String message) {
        return Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of("classification", "BAD_REQUEST", "code", "HTTP_REQUEST"))));
    }

    private Mono<Void> write(ServerHttpResponse response, HttpStatus status, Map<String, Object> body, boolean cacheable) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(GRAPHQL_RESPONSE);
        response.getHeaders().setCacheControl(cacheable ? "public, max-age=60" : "no-store");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
