package id.selaras.web.identity.clients;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Base64;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Third-party API clients of the embedded provider, managed by moderators and administrators: register (the secret
 * is generated and returned once; only its hash is kept), rotate a secret, disable and enable. Every change names its
 * actor and is recorded in {@code identity.api_client_event}. The clients of the configuration (the web UI and the
 * examples, see {@code RegisteredClients}) are listed but changed only through the configuration.
 */
@Service
@EmbeddedProvider
public class ClientAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LIST = """
            SELECT r.client_id, r.client_name, r.client_authentication_methods, r.authorization_grant_types,
                   r.redirect_uris, r.scopes, r.client_id_issued_at, a.client_id AS managed, a.kind, a.enabled,
                   a.created_by_name, a.secret_rotated_at, a.version
            FROM oauth2_registered_client r LEFT JOIN api_client a ON a.client_id = r.client_id""";

    private final JdbcClient jdbc;
    private final JdbcRegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;

    ClientAdministration(JdbcClient jdbc, JdbcOperations operations, PasswordEncoder passwords,
                         IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        // unfiltered: this page also sees (and re-enables) disabled clients
        this.clients = new JdbcRegisteredClientRepository(operations);
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every client, the registered ones first (newest first), then the configured ones; one statement. */
    public List<ApiClient> list(ApiClient.Actor actor) {
        require(actor);
        return jdbc.sql(LIST + " ORDER BY (a.client_id IS NULL), r.client_id_issued_at DESC, r.client_name")
                .query(ClientAdministration::map).list();
    }

    public ApiClient find(ApiClient.Actor actor, String clientId) {
        require(actor);
        return jdbc.sql(LIST + " WHERE r.client_id = :id").param("id", clientId).query(ClientAdministration::map)
                .optional().orElseThrow(() -> new ClientException("clients.error.not-found"));
    }

    /** The changes to a client, newest first. */
    public List<ApiClient.Event> history(ApiClient.Actor actor, String clientId) {
        require(actor);
        return jdbc.sql("""
                        SELECT action, actor_name, at, detail FROM api_client_event WHERE client_id = :id
                        ORDER BY at DESC, id DESC LIMIT 50""").param("id", clientId)
                .query((rs, n) -> new ApiClient.Event(rs.getString("action"), rs.getString("actor_name"),
                        rs.getTimestamp("at").toInstant(), rs.getString("detail"))).list();
    }

    /** Registers a client; for a confidential one the result carries its secret, which is never shown again. */
    @Transactional
    public ApiClient.Issued register(ApiClient.Actor actor, ClientRequest request) {
        require(actor);
        Map<String, String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new ClientException(problems);
        }
        String clientId = newClientId(request.cleanName());
        String secret = request.confidential() ? secret() : null;
        Instant now = clock.instant();
        RegisteredClient.Builder client = RegisteredClient.withId(clientId).clientId(clientId).clientIdIssuedAt(now)
                .clientName(request.cleanName())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokens().accessToken())
                        .authorizationCodeTimeToLive(Duration.ofMinutes(2)).reuseRefreshTokens(false)
                        .refreshTokenTimeToLive(properties.tokens().refreshToken()).build());
        ClientRequest.SCOPES.stream().filter(request.scopes()::contains).forEach(client::scope);
        if (request.confidential()) {
            client.clientSecret(passwords.encode(secret))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        } else {
            client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        if (request.serverOnly()) {
            client.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
        } else {
            client.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE);
            if (request.confidential()) {
                client.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN);
            }
            request.uris().forEach(client::redirectUri);
            // a third party: PKCE always, and the person agrees to what it asks for
            client.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true).build());
        }
        clients.save(client.build());
        jdbc.sql("""
                        INSERT INTO api_client (client_id, kind, created_at, created_by, created_by_name)
                        VALUES (:id, :kind, :at, :by, :name)""")
                .param("id", clientId).param("kind", request.confidential() ? "CONFIDENTIAL" : "PUBLIC")
                .param("at", Timestamp.from(now)).param("by", actor.subject()).param("name", actor.name()).update();
        record(actor, clientId, "REGISTERED", "scopes=" + String.join(" ", request.scopes())
                + (request.uris().isEmpty() ? "" : "; redirect_uris=" + String.join(" ", request.uris())));
        return new ApiClient.Issued(find(actor, clientId), secret);
    }

    /** Gives a confidential client a new secret, returned once; the old one stops working at once. */
    @Transactional
    public ApiClient.Issued rotateSecret(ApiClient.Actor actor, String clientId, int version) {
        ApiClient current = managed(actor, clientId);
        if (!current.confidential()) {
            throw new ClientException("clients.error.no-secret");
        }
        bump(clientId, version, "secret_rotated_at = now()");
        RegisteredClient client = clients.findByClientId(clientId);
        String secret = secret();
        clients.save(RegisteredClient.from(client).clientSecret(passwords.encode(secret)).build());
        record(actor, clientId, "SECRET_ROTATED", null);
        return new ApiClient.Issued(find(actor, clientId), secret);
    }

    /**
     * Disables or enables a client. A disabled client is refused by every endpoint, and its authorizations (refresh
     * tokens, codes) are deleted; access tokens already issued expire within their lifetime (10 minutes).
     */
    @Transactional
    public ApiClient setEnabled(ApiClient.Actor actor, String clientId, boolean enabled, int version) {
        ApiClient current = managed(actor, clientId);
        if (current.enabled() == enabled) {
            throw new ClientException("clients.error.conflict");
        }
        bump(clientId, version, "enabled = " + enabled);
        if (!enabled) {
            jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = :id").param("id", clientId).update();
            jdbc.sql("DELETE FROM oauth2_authorization_consent WHERE registered_client_id = :id").param("id", clientId)
                    .update();
        }
        record(actor, clientId, enabled ? "ENABLED" : "DISABLED", null);
        return find(actor, clientId);
    }

    private ApiClient managed(ApiClient.Actor actor, String clientId) {
        ApiClient current = find(actor, clientId);
        if (current.configured()) {
            throw new ClientException("clients.error.configured");
        }
        return current;
    }

    /** Takes the version the person saw; someone else's change in between is a conflict. */
    private void bump(String clientId, int version, String change) {
        int rows = jdbc.sql("UPDATE api_client SET " + change + ", version = version + 1 WHERE client_id = :id "
                + "AND version = :version").param("id", clientId).param("version", version).update();
        if (rows == 0) {
            throw new ClientException("clients.error.conflict");
        }
    }

    private void record(ApiClient.Actor actor, String clientId, String action, String detail) {
        jdbc.sql("""
                        INSERT INTO api_client_event (client_id, action, actor, actor_name, detail)
                        VALUES (:id, :action, :actor, :name, :detail)""")
                .param("id", clientId).param("action", action).param("actor", actor.subject())
                .param("name", actor.name()).param("detail", detail).update();
    }

    private static void require(ApiClient.Actor actor) {
        if (actor == null || !actor.allowed() || actor.subject() == null || actor.subject().isBlank()) {
            throw new ClientException("clients.error.forbidden");
        }
    }

    private String newClientId(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 30 ? slug.substring(0, 30).replaceAll("-+$", "") : slug;
        for (int attempt = 0; attempt < 5; attempt++) {
            String id = "ext-" + (slug.isEmpty() ? "" : slug + "-") + suffix();
            if (clients.findByClientId(id) == null) {
                return id;
            }
        }
        throw new IllegalStateException("No free client id");
    }

    private static String suffix() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** 256 random bits, URL-safe: typed by nobody, pasted into a server's configuration. */
    static String secret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static ApiClient map(ResultSet rs, int row) throws SQLException {
        boolean configured = rs.getString("managed") == null;
        Set<String> methods = split(rs.getString("client_authentication_methods"));
        Timestamp rotated = rs.getTimestamp("secret_rotated_at");
        Timestamp issued = rs.getTimestamp("client_id_issued_at");
        return new ApiClient(rs.getString("client_id"), rs.getString("client_name"),
                configured ? !methods.equals(Set.of("none")) : "CONFIDENTIAL".equals(rs.getString("kind")), configured,
                configured || rs.getBoolean("enabled"), List.copyOf(split(rs.getString("redirect_uris"))),
                split(rs.getString("scopes")), split(rs.getString("authorization_grant_types")),
                issued == null ? null : issued.toInstant(), rs.getString("created_by_name"),
                rotated == null ? null : rotated.toInstant(), configured ? 0 : rs.getInt("version"));
    }

    private static Set<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.stream(commaSeparated.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
    }
}
