package id.selaras.common.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import id.selaras.common.ErrorType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An HTTP request that runs longer than {@code selaras.graphql.timeout} is cancelled (its SQL with it) and answered
 * with a REQUEST_TIMEOUT error instead of holding a connection. WebSocket subscriptions are long-lived by design.
 */
@Component
@Order(100)
class RequestTimeout implements WebGraphQlInterceptor {

    private final Duration timeout;
    private final MessageSource messages;

    RequestTimeout(@Value("${selaras.graphql.timeout:30s}") Duration timeout, MessageSource messages) {
        this.timeout = timeout;
        this.messages = messages;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest) {
            return chain.next(request);
        }
        return chain.next(request).timeout(timeout).onErrorResume(TimeoutException.class, e -> {
            Locale locale = request.getLocale() == null ? Locale.forLanguageTag("id") : request.getLocale();
            var error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message(messages.getMessage("error.REQUEST_TIMEOUT", new Object[] {timeout.toSeconds()}, locale))
                    .extensions(Map.of("code", "REQUEST_TIMEOUT")).build();
            var result = ExecutionResultImpl.newExecutionResult().errors(List.of(error)).build();
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
        });
    }
}
