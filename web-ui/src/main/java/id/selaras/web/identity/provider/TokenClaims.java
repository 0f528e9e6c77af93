package id.selaras.web.identity.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.account.Account;
import id.selaras.web.identity.account.AccountService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts into tokens what the backend reads (its {@code JwtActorConverter}): audience {@code selaras-api}, the client
 * ({@code azp}, {@code client_id}), and for a person {@code roles}, {@code regions}, {@code opds} and {@code name}.
 * A client acting for itself (client credentials) gets its scopes only. Roles are read at every issue, so a change
 * takes effect with the next refresh.
 */
@Component
@EmbeddedProvider
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String AUDIENCE = "selaras-api";

    private final AccountService accounts;

    TokenClaims(AccountService accounts) {
        this.accounts = accounts;
    }

    // Mutable lists: the claims are stored with the authorization as JSON, and the provider's Jackson allow-list
    // accepts ArrayList but not the JDK's immutable list classes when it reads them back (at refresh).
    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        String client = context.getRegisteredClient().getClientId();
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (accessToken) {
            claims.audience(new ArrayList<>(List.of(AUDIENCE))).claim("azp", client).claim("client_id", client);
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        if (accessToken || OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            person(context.getPrincipal().getName()).ifPresent(account -> claims
                    .claim("name", account.displayName())
                    .claim("roles", new ArrayList<>(account.roles().stream().map(Enum::name).sorted().toList()))
                    .claim("regions", new ArrayList<>(account.regions()))
                    .claim("opds", new ArrayList<>(account.opds())));
        }
    }

    private java.util.Optional<Account> person(String subject) {
        try {
            return accounts.find(UUID.fromString(subject));
        } catch (IllegalArgumentException notAnAccountId) {
            return java.util.Optional.empty();
        }
    }
}
