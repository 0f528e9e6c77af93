package id.selaras.common.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request body over {@code spring.codec.max-in-memory-size} is answered 413 with a GraphQL error (PAYLOAD_TOO_LARGE),
 * not a 500: the codec's limit protects memory, this makes the refusal readable.
 */
@Component
@Order(-150)
class RequestSizeLimit implements WebFilter {

    private final MessageSource messages;

    RequestSizeLimit(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).onErrorResume(DataBufferLimitException.class, e -> {
            var response = exchange.getResponse();
            if (response.isCommitted()) {
                return Mono.error(e);
            }
            Locale locale = exchange.getLocaleContext().getLocale() == null ? Locale.forLanguageTag("id")
                    : exchange.getLocaleContext().getLocale();
            String message = messages.getMessage("error.PAYLOAD_TOO_LARGE", null, "Request too large", locale);
            String body = "{\"errors\":[{\"message\":\"" + message.replace("\"", "\\\"")
                    + "\",\"extensions\":{\"classification\":\"BAD_REQUEST\",\"code\":\"PAYLOAD_TOO_LARGE\"}}]}";
            response.setStatusCode(HttpStatus.PAYLOAD_TOO_LARGE);
            response.getHeaders().setContentType(MediaType.parseMediaType("application/graphql-response+json"));
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
        });
    }
}
