package id.selaras.web.identity.clients;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An API client as the API clients page lists it. Never its secret: that is shown once, in {@link Issued}.
 *
 * @param configured true for the clients of the server's configuration (the web UI, the examples): read-only here
 * @param version    for changes: a rotation or a status change takes the version the person saw
 */
public record ApiClient(String clientId, String name, boolean confidential, boolean configured, boolean enabled,
                        List<String> redirectUris, Set<String> scopes, Set<String> grantTypes, Instant createdAt,
                        String createdByName, Instant secretRotatedAt, int version) {

    /** A client just registered or given a new secret, with the secret in clear: shown once, never stored so. */
    public record Issued(ApiClient client, String secret) {
    }

    /** One change: what, by whom, when, and the details that matter (scopes, redirect URIs). */
    public record Event(String action, String actorName, Instant at, String detail) {
    }

    /** Who makes a change: the token subject (kept) and the display name (shown). */
    public record Actor(String subject, String name, boolean allowed) {
    }
}
