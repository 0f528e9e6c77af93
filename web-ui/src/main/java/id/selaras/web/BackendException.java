package id.selaras.web;

import java.util.concurrent.TimeoutException;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/** The backend could not answer a request: it is unreachable, or it answered with errors. */
public class BackendException extends RuntimeException {

    private final boolean unreachable;
    private final boolean signInRequired;

    private BackendException(String message, Throwable cause, boolean unreachable, boolean signInRequired) {
        super(message, cause);
        this.unreachable = unreachable;
        this.signInRequired = signInRequired;
    }

    /** Classifies a failed request, so that views can tell "server down" from "request refused". */
    public static BackendException of(String operation, Throwable failure) {
        return new BackendException(operation + " failed: " + failure.getMessage(), failure, isUnreachable(failure),
                isSignInRequired(failure));
    }

    /** True when the backend could not be reached at all (connection refused, timeout, 5xx). */
    public boolean unreachable() {
        return unreachable;
    }

    /** True when the person's access token could not be renewed (the refresh token expired or was revoked). */
    public boolean signInRequired() {
        return signInRequired;
    }

    private static boolean isSignInRequired(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OAuth2AuthorizationException
                    || t instanceof WebClientResponseException response && response.getStatusCode().value() == 401) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreachable(Throwable failure) {
        // The GraphQL client wraps transport failures (GraphQlTransportException), so the whole chain is examined.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebClientRequestException || t instanceof TimeoutException
                    || t instanceof WebClientResponseException response && response.getStatusCode().is5xxServerError()
                    // Mono.block(Duration) reports its timeout as an IllegalStateException without a cause.
                    || t instanceof IllegalStateException && String.valueOf(t.getMessage()).startsWith("Timeout on")) {
                return true;
            }
        }
        return false;
    }
}
