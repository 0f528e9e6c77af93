package id.selaras.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import id.selaras.web.BackendException;
import id.selaras.web.BackendProperties;
import id.selaras.web.Language;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * The web UI's only way to the backend: GraphQL over HTTP. Operations live in {@code graphql-documents/<feature>.graphql};
 * each request is sent in the language of the person's page (the server's messages come back in it) with their access
 * token (see {@code AccessTokenRelay}), and waits at most {@code selaras.backend.timeout}.
 *
 * <pre>{@code
 * Indicator i = api.request("indicator", "IndicatorPage").variable("id", id).field("node", Indicator.class);
 * }</pre>
 *
 * <p>Failures are typed: {@link ApiException} when the API refused (its messages are for the person, with the field
 * they concern), {@link BackendException} when it could not be reached.
 */
@Component
public class Api {

    private final HttpGraphQlClient graphQl;
    private final BackendProperties backend;
    private final Map<String, HttpGraphQlClient> byLanguage = new ConcurrentHashMap<>();

    Api(HttpGraphQlClient graphQl, BackendProperties backend) {
        this.graphQl = graphQl;
        this.backend = backend;
    }

    public Request request(String document, String operation) {
        return new Request(document, operation);
    }

    /** One operation being prepared: its variables, then how its result is read. */
    public final class Request {

        private final String document;
        private final String operation;
        private final Map<String, Object> variables = new LinkedHashMap<>();

        private Request(String document, String operation) {
            this.document = document;
            this.operation = operation;
        }

        /** Adds a variable; a null value is sent as null (GraphQL distinguishes it from an absent one). */
        public Request variable(String name, Object value) {
            variables.put(name, value);
            return this;
        }

        public Request variables(Map<String, ?> values) {
            variables.putAll(values);
            return this;
        }

        /** The value at {@code path} (e.g. {@code node} or {@code updateIndicator.indicator}), or null when it is null. */
        public <T> T field(String path, Class<T> type) {
            ClientResponseField field = execute().field(path);
            return field.getValue() == null ? null : field.toEntity(type);
        }

        public <T> T field(String path, ParameterizedTypeReference<T> type) {
            ClientResponseField field = execute().field(path);
            return field.getValue() == null ? null : field.toEntity(type);
        }

        /** The list at {@code path}, empty when it is null. */
        public <T> List<T> list(String path, Class<T> type) {
            ClientResponseField field = execute().field(path);
            return field.getValue() == null ? List.of() : field.toEntityList(type);
        }

        /** Sends the operation; throws when the API reported any error, so a partial answer is never shown as whole. */
        public ClientGraphQlResponse execute() {
            ClientGraphQlResponse response;
            try {
                response = client(language()).documentName(document).operationName(operation).variables(variables)
                        .execute()
                        // Vaadin views render on the request thread; the timeout bounds the wait.
                        .block(backend.timeout());
            } catch (RuntimeException e) {
                throw refusedOrUnreachable(operation, e);
            }
            if (response == null) {
                throw BackendException.of(operation, new IllegalStateException("No response"));
            }
            if (!response.getErrors().isEmpty()) {
                throw new ApiException(operation, response.getErrors().stream().map(ApiError::of).toList());
            }
            return response;
        }
    }

    private HttpGraphQlClient client(String language) {
        return byLanguage.computeIfAbsent(language, tag ->
                graphQl.mutate().header(HttpHeaders.ACCEPT_LANGUAGE, tag).build());
    }

    private static String language() {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : Language.INDONESIAN;
        return Language.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "id";
    }

    /**
     * A refusal over HTTP (429 from the rate limiter, 401 for an expired token) is still the API's answer; the rest
     * (connection refused, timeouts, 5xx) means the server is unreachable.
     */
    private static RuntimeException refusedOrUnreachable(String operation, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WebClientResponseException response && response.getStatusCode().value() == 429) {
                String retry = response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
                return new ApiException(operation, List.of(new ApiError(
                        Language.isEnglish() ? "Too many requests. Please wait a moment and try again."
                                : "Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.",
                        Classification.RATE_LIMITED, "RATE_LIMITED", null,
                        retry != null && retry.matches("\\d+") ? Integer.valueOf(retry) : null)));
            }
        }
        return BackendException.of(operation, e);
    }
}
