package id.selaras.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.selaras.web.identity.account.Account;
import id.selaras.web.identity.account.AccountService;
import id.selaras.web.identity.account.StaffAccount;
import id.selaras.web.identity.provider.SigningKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The provider's tokens pass the backend's checks: each is decoded with the published JWK set and validated for
 * issuer, audience {@code selaras-api} and lifetime, as the backend's resource server does, and carries the claims
 * its {@code JwtActorConverter} reads.
 */
@IdentityTest
class TokenTest {

    static final String PASSWORD = "lima ekor kucing oranye";
    static final String DINKES = "1.02.0.00.0.00.01.0000";

    @Autowired
    AccountService accounts;
    @Autowired
    SigningKeys keys;

    @Test
    void authorizationCode_forOfficer_issuesJwtWithRolesRegionsOpdsAndAudience() {
        Account officer = officer();

        Map<String, Object> tokens = TokenRequests.authorizationCode(officer.email(), PASSWORD);
        Jwt jwt = decodeAsBackend((String) tokens.get("access_token"));

        assertThat(jwt.getIssuer()).hasToString(IdentityTest.PortInitializer.ISSUER);
        assertThat(jwt.getAudience()).containsExactly("selaras-api");
        assertThat(jwt.getSubject()).isEqualTo(officer.id().toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OPD_OFFICER");
        assertThat(jwt.getClaimAsStringList("regions")).containsExactly("33.71");
        assertThat(jwt.getClaimAsStringList("opds")).containsExactly("33.71:" + DINKES);
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Petugas Uji");
        assertThat(jwt.getClaimAsString("azp")).isEqualTo("selaras-web");
        assertThat(jwt.getExpiresAt()).isBefore(Instant.now().plus(Duration.ofMinutes(11)));
        // The email is personal data: it stays with the provider.
        assertThat(jwt.getClaims().toString()).doesNotContain(officer.email());
        assertThat(tokens).containsKeys("refresh_token", "id_token");
    }

    @Test
    void refreshToken_issuesNewAccessToken_withTheSameClaims() {
        Account officer = officer();
        Map<String, Object> first = TokenRequests.authorizationCode(officer.email(), PASSWORD);

        Map<String, Object> refreshed = TokenRequests.refresh((String) first.get("refresh_token"));
        Jwt jwt = decodeAsBackend((String) refreshed.get("access_token"));

        assertThat(refreshed.get("access_token")).isNotEqualTo(first.get("access_token"));
        assertThat(refreshed.get("refresh_token")).as("refresh tokens rotate").isNotEqualTo(first.get("refresh_token"));
        assertThat(jwt.getClaimAsStringList("opds")).containsExactly("33.71:" + DINKES);
    }

    @Test
    void clientCredentials_carryScopesOnly() {
        Jwt jwt = decodeAsBackend((String) TokenRequests.clientCredentials("read").get("access_token"));

        assertThat(jwt.getSubject()).isEqualTo("selaras-example-service");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("selaras-example-service");
        assertThat(jwt.getAudience()).containsExactly("selaras-api");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("read");
        assertThat(jwt.getClaims()).doesNotContainKeys("roles", "regions", "opds", "name");
    }

    @Test
    void rotation_signsWithTheNewKey_andStillPublishesThePreviousOne() {
        String before = (String) TokenRequests.clientCredentials("read").get("access_token");

        keys.rotate();
        String after = (String) TokenRequests.clientCredentials("read").get("access_token");

        assertThat(kid(after)).isNotEqualTo(kid(before));
        assertThat(decodeAsBackend(before).getSubject()).isEqualTo("selaras-example-service");
        assertThat(decodeAsBackend(after).getSubject()).isEqualTo("selaras-example-service");
        assertThat(keys.published()).hasSize(2);
    }

    private Account officer() {
        return accounts.createStaff(new StaffAccount("petugas-" + UUID.randomUUID() + "@test.example", "Petugas Uji",
                PASSWORD, Set.of(Role.OPD_OFFICER), "33.71", Set.of(DINKES)), "test");
    }

    /** The backend's validation: signature from the JWK set, issuer, audience, lifetime. */
    static Jwt decodeAsBackend(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSetUri(IdentityTest.PortInitializer.ISSUER + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(IdentityTest.PortInitializer.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains("selaras-api"))));
        return decoder.decode(token);
    }

    private static String kid(String token) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(token).getHeader().getKeyID();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
