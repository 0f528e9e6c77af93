package id.selaras.common.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import id.selaras.common.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Requests graphql-java rejects before executing them (syntax, validation, input coercion such as a number out of
 * range) are bad requests like any other: classified BAD_REQUEST, with graphql-java's own classification kept as the
 * code, so clients handle one set of classifications.
 */
@Component
class RequestErrorClassification implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.isEmpty() || errors.stream().allMatch(e -> e.getErrorType() instanceof ErrorType)) {
                return response;
            }
            List<GraphQLError> mapped = errors.stream().map(RequestErrorClassification::classify).toList();
            return response.transform(builder -> builder.errors(mapped));
        });
    }

    static GraphQLError classify(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type instanceof ErrorType) {
            return error;
        }
        boolean request = type instanceof graphql.ErrorType t && t != graphql.ErrorType.DataFetchingException;
        if (!request) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.putIfAbsent("code", type.toString());
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(ErrorType.BAD_REQUEST)
                .extensions(extensions)
                .build();
    }
}
