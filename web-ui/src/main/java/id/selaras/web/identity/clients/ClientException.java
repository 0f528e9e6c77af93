package id.selaras.web.identity.clients;

import java.util.Map;

/** A change to an API client that was refused; each message key is for a field, or for the page ({@code ""}). */
public class ClientException extends RuntimeException {

    private final Map<String, String> problems;

    public ClientException(String messageKey) {
        this(Map.of("", messageKey));
    }

    public ClientException(Map<String, String> problems) {
        super(String.join(", ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    /** Message keys by field ({@code name}, {@code redirectUris}, {@code scopes}, or {@code ""} for the page). */
    public Map<String, String> problems() {
        return problems;
    }

    public boolean conflict() {
        return problems.containsValue("clients.error.conflict");
    }
}
