package id.selaras.web.identity.clients;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A registration as typed on the API clients page, and its checks. Each problem is a message key for a field (name,
 * redirectUris, scopes), so the page shows it where it belongs.
 *
 * <p>Redirect URIs follow OAuth 2.0 for native apps (RFC 8252) and the OAuth security BCP: exact URIs, no wildcard,
 * no fragment; {@code https}, or {@code http} only on the loopback address (a developer's machine or a desktop app),
 * or a private-use scheme in reverse-domain form ({@code id.go.magelangkota.app:/callback}) for phone apps.
 *
 * @param name         what people see on the consent screen
 * @param redirectUris one per line (or separated by spaces or commas)
 * @param scopes       what the client may ask for
 * @param confidential true for a server that keeps a secret; false for a phone or browser app (PKCE, no secret)
 */
public record ClientRequest(String name, String redirectUris, Set<String> scopes, boolean confidential) {

    /** The scopes a third party may be given; people's roles never come with them. */
    public static final List<String> SCOPES = List.of("read", "comment", "openid", "profile");
    static final int MAX_URIS = 5;
    static final int MAX_URI_LENGTH = 200;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** The name, trimmed and with runs of blanks made one. */
    public String cleanName() {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The redirect URIs, each once, in the order typed. */
    public List<String> uris() {
        if (redirectUris == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(redirectUris.split("[\\s,]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
    }

    /** A confidential client without redirect URIs is a server acting for itself (client credentials, no person). */
    public boolean serverOnly() {
        return confidential && uris().isEmpty();
    }

    /** What is wrong, by field: message keys. Empty when the registration may go ahead. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        String n = cleanName();
        if (n.length() < 3 || n.length() > 100) {
            problems.put("name", "clients.error.name");
        }
        List<String> uris = uris();
        if (!confidential && uris.isEmpty()) {
            problems.put("redirectUris", "clients.error.uri.required");
        } else if (uris.size() > MAX_URIS) {
            problems.put("redirectUris", "clients.error.uri.too-many");
        } else {
            uris.stream().map(ClientRequest::uriProblem).filter(p -> p != null).findFirst()
                    .ifPresent(p -> problems.put("redirectUris", p));
        }
        Set<String> s = scopes == null ? Set.of() : scopes;
        if (s.isEmpty()) {
            problems.put("scopes", "clients.error.scope.required");
        } else if (!SCOPES.containsAll(s)) {
            problems.put("scopes", "clients.error.scope.unknown");
        } else if (serverOnly() && (s.contains("openid") || s.contains("profile"))) {
            problems.put("scopes", "clients.error.scope.person");
        }
        return problems;
    }

    /** The message key of what is wrong with one redirect URI, or null when it is acceptable. */
    static String uriProblem(String text) {
        if (text.length() > MAX_URI_LENGTH || text.contains("*")) {
            return text.contains("*") ? "clients.error.uri.wildcard" : "clients.error.uri.invalid";
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return "clients.error.uri.invalid";
        }
        if (!uri.isAbsolute() || uri.getScheme() == null) {
            return "clients.error.uri.invalid";
        }
        if (uri.getRawFragment() != null) {
            return "clients.error.uri.fragment";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "https" -> host == null || host.isEmpty() ? "clients.error.uri.invalid" : null;
            case "http" -> host != null && LOOPBACK.contains(host) ? null : "clients.error.uri.http";
            case "javascript", "data", "file", "ftp", "vbscript", "blob" -> "clients.error.uri.scheme";
            // a phone app's own scheme, in reverse-domain form (RFC 8252, 7.1)
            default -> scheme.contains(".") && uri.getRawUserInfo() == null ? null : "clients.error.uri.scheme";
        };
    }
}
