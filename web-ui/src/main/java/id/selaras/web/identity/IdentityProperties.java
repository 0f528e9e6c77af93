package id.selaras.web.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who signs people in (penyedia identitas): the embedded OIDC provider, or an external issuer such as Keycloak.
 *
 * @param embedded      host the OIDC provider in this application; {@code false} to use the external {@code issuer}
 * @param issuer        the issuer URL; for the embedded provider, the web UI's own public base URL
 * @param clientId      the web UI's own OAuth2 client id
 * @param clientSecret  the web UI's client secret; blank: the embedded provider generates one for this run
 * @param claims        where the web UI finds roles and the display name in the ID token
 * @param tokens        lifetimes of the tokens the embedded provider issues
 * @param lockout       how many failed sign-ins lock an account, and for how long
 * @param consent       the version of the consent text (persetujuan) citizens accept when they register
 * @param signingKey    how long a signing key signs before the provider rotates to a new one
 * @param admin         the first administrator, created at the first start when both are set
 * @param demo          demo accounts for the demo region (standalone run only)
 * @param clients       the example third-party clients the embedded provider registers
 */
@ConfigurationProperties("selaras.identity")
public record IdentityProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("http://localhost:8080") URI issuer,
        @DefaultValue("selaras-web") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue Claims claims,
        @DefaultValue Tokens tokens,
        @DefaultValue Lockout lockout,
        @DefaultValue Consent consent,
        @DefaultValue SigningKey signingKey,
        @DefaultValue Admin admin,
        @DefaultValue Demo demo,
        @DefaultValue Clients clients) {

    /** The issuer without a trailing slash, as tokens carry it in {@code iss}. */
    public String issuerUrl() {
        String url = issuer.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Claim paths in the ID token ({@code realm_access.roles} for Keycloak's default). */
    public record Claims(@DefaultValue("roles") String roles, @DefaultValue("name") String name) {
    }

    /** Token lifetimes: access tokens are short, the web UI refreshes them. */
    public record Tokens(@DefaultValue("10m") Duration accessToken, @DefaultValue("8h") Duration refreshToken) {
    }

    /** Lockout (penguncian akun) after repeated failed sign-ins, counted in the database. */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
    }

    /** The consent text version; raise it when the text in the messages changes. */
    public record Consent(@DefaultValue("2026-11-v1") String textVersion) {
    }

    /** Rotation of the token signing key. */
    public record SigningKey(@DefaultValue("90d") Duration maxAge) {
    }

    /** The bootstrap administrator (from {@code SELARAS_ADMIN_EMAIL} / {@code SELARAS_ADMIN_PASSWORD}). */
    public record Admin(@DefaultValue("") String email, @DefaultValue("") String password) {
    }

    /** Demo accounts: an officer of DINKES, a Bappeda planner, a moderator and a citizen of the demo region. */
    public record Demo(@DefaultValue("false") boolean accounts, @DefaultValue("") String password) {
    }

    /**
     * The example clients for other applications.
     *
     * @param publicRedirectUris redirect URIs of {@code selaras-example-app} (public, PKCE)
     * @param serviceSecret      secret of {@code selaras-example-service} (client credentials); blank: generated
     */
    public record Clients(@DefaultValue("http://127.0.0.1:8765/callback") List<String> publicRedirectUris,
                          @DefaultValue("") String serviceSecret) {
    }
}
