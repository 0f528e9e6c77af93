package id.selaras.web.identity.provider;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.selaras.web.identity.IdentityProperties;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients the embedded provider knows from configuration: the web UI itself, an example public app for
 * third parties (authorization code + PKCE, no secret) and an example server-to-server client (client credentials).
 */
final class RegisteredClients {

    static final String REGISTRATION_ID = "selaras";
    static final String EXAMPLE_APP = "selaras-example-app";
    static final String EXAMPLE_SERVICE = "selaras-example-service";

    private RegisteredClients() {
    }

    /** The web UI: confidential, first-party (no consent screen), PKCE, refresh tokens. */
    static RegisteredClient web(IdentityProperties properties, String encodedSecret) {
        String issuer = properties.issuerUrl();
        RegisteredClient.Builder client = RegisteredClient.withId(properties.clientId())
                .clientId(properties.clientId()).clientName("Selaras web UI").clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens(properties).reuseRefreshTokens(false)
                        .refreshTokenTimeToLive(properties.tokens().refreshToken()).build());
        for (String base : baseUrls(issuer)) {
            client.redirectUri(base + "/login/oauth2/code/" + REGISTRATION_ID)
                    .postLogoutRedirectUri(base).postLogoutRedirectUri(base + "/");
        }
        return client.build();
    }

    /** A third-party app running in a browser or on a phone: no secret, so PKCE and the person's consent. */
    static RegisteredClient exampleApp(IdentityProperties properties) {
        RegisteredClient.Builder client = RegisteredClient.withId(EXAMPLE_APP).clientId(EXAMPLE_APP)
                .clientName("Contoh aplikasi pihak ketiga")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope("read").scope("comment")
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true).build())
                .tokenSettings(tokens(properties).build());
        properties.clients().publicRedirectUris().forEach(client::redirectUri);
        return client.build();
    }

    /** A server of another agency reading Selaras for itself: scopes only, no person, no roles. */
    static RegisteredClient exampleService(IdentityProperties properties, String encodedSecret) {
        return RegisteredClient.withId(EXAMPLE_SERVICE).clientId(EXAMPLE_SERVICE)
                .clientName("Contoh layanan server-ke-server").clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("read")
                .tokenSettings(tokens(properties).build())
                .build();
    }

    private static TokenSettings.Builder tokens(IdentityProperties properties) {
        return TokenSettings.builder().accessTokenTimeToLive(properties.tokens().accessToken())
                .authorizationCodeTimeToLive(Duration.ofMinutes(2));
    }

    /** The issuer, and on a developer's machine its 127.0.0.1 twin, which browsers treat as another site. */
    static List<String> baseUrls(String issuer) {
        Set<String> bases = new LinkedHashSet<>(List.of(issuer));
        URI uri = URI.create(issuer);
        if ("localhost".equals(uri.getHost())) {
            bases.add(issuer.replaceFirst("//localhost", "//127.0.0.1"));
        }
        return List.copyOf(bases);
    }
}
