package id.selaras.common.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;
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
 *
 * <p>A few mutations do a lot of work by design — applying a plan workbook of thousands of rows in one transaction,
 * importing a nomenclature release — and get {@code selaras.graphql.long-running.timeout} instead, when the request
 * consists of them only (checked on the parsed document, not on its text, so naming one in a comment or an alias of
 * another field gains nothing).
 */
@Component
@Order(100)
class RequestTimeout implements WebGraphQlInterceptor {

    private final Duration timeout;
    private final Duration longTimeout;
    private final Set<String> longRunning;
    private final MessageSource messages;

    RequestTimeout(@Value("${selaras.graphql.timeout:30s}") Duration timeout,
                   @Value("${selaras.graphql.long-running.timeout:15m}") Duration longTimeout,
                   @Value("${selaras.graphql.long-running.operations:applyPlanImport,importPlanDryRun,importNomenclature}")
                   List<String> longRunning, MessageSource messages) {
        this.timeout = timeout;
        this.longTimeout = longTimeout;
        this.longRunning = Set.copyOf(longRunning);
        this.messages = messages;
    }

    /** The limit for this request: the long one only when every root field it runs is a long-running mutation. */
    Duration timeoutFor(String document, String operationName) {
        if (document == null || longRunning.stream().noneMatch(document::contains)) {
            return timeout;
        }
        try {
            Document parsed = Parser.parse(document);
            List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
            OperationDefinition operation = operations.stream()
                    .filter(o -> operationName == null ? operations.size() == 1 : operationName.equals(o.getName()))
                    .findFirst().orElse(null);
            if (operation == null || operation.getOperation() != OperationDefinition.Operation.MUTATION) {
                return timeout;
            }
            List<Selection> roots = operation.getSelectionSet().getSelections();
            boolean allLong = !roots.isEmpty() && roots.stream()
                    .allMatch(s -> s instanceof Field f && longRunning.contains(f.getName()));
            return allLong ? longTimeout : timeout;
        } catch (RuntimeException unparsable) {
            return timeout; // graphql-java reports the syntax error itself
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest) {
            return chain.next(request);
        }
        Duration limit = timeoutFor(request.getDocument(), request.getOperationName());
        return chain.next(request).timeout(limit).onErrorResume(TimeoutException.class, e -> {
            Locale locale = request.getLocale() == null ? Locale.forLanguageTag("id") : request.getLocale();
            var error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message(messages.getMessage("error.REQUEST_TIMEOUT", new Object[] {limit.toSeconds()}, locale))
                    .extensions(Map.of("code", "REQUEST_TIMEOUT")).build();
            var result = ExecutionResultImpl.newExecutionResult().errors(List.of(error)).build();
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
        });
    }
}
