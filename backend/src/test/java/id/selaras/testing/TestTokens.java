package id.selaras.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Signs test tokens with an RSA key generated for this run; the backend trusts its public half. */
public final class TestTokens {

    public static final String ISSUER = "https://login.test.selaras.id";
    public static final String AUDIENCE = "selaras-api";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {
    }

    /** A token for a person; {@code opds} as {@code regionCode:opdCode}. */
    public static String person(String subject, List<String> roles, List<String> regions, List<String> opds) {
        return sign(KEYS, claims(subject, "selaras-web").claim("roles", roles).claim("regions", regions)
                .claim("opds", opds).claim("name", subject).build());
    }

    public static String citizen(String subject) {
        return person(subject, List.of("CITIZEN"), List.of(), List.of());
    }

    public static String officer(String subject, String region, String opdCode) {
        return person(subject, List.of("OPD_OFFICER"), List.of(region), List.of(region + ":" + opdCode));
    }

    public static String planner(String subject, String region) {
        return person(subject, List.of("BAPPEDA_PLANNER"), List.of(region), List.of());
    }

    public static String moderator(String subject, String region) {
        return person(subject, List.of("MODERATOR"), List.of(region), List.of());
    }

    public static String admin(String subject) {
        return person(subject, List.of("ADMIN"), List.of(), List.of());
    }

    /** A third-party client acting for a person with the given scopes only. */
    public static String thirdParty(String subject, List<String> roles, List<String> regions, String scopes) {
        return sign(KEYS, claims(subject, "third-party-app").claim("roles", roles).claim("regions", regions)
                .claim("scope", scopes).build());
    }

    /** Builds claims for variations (expired, wrong issuer, ...). */
    public static JWTClaimsSet.Builder claims(String subject, String client) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER).audience(AUDIENCE).claim("azp", client)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .jwtID(UUID.randomUUID().toString());
    }

    public static String sign(JWTClaimsSet claims) {
        return sign(KEYS, claims);
    }

    /** Signed with a key the backend does not trust. */
    public static String signWithUnknownKey(JWTClaimsSet claims) {
        return sign(OTHER_KEYS, claims);
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the backend's token validation at this run's key, issuer and audience. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Path pem = Files.createTempFile("selaras-test-jwt", ".pem");
                pem.toFile().deleteOnExit();
                Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
                TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                        "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER,
                        "spring.security.oauth2.resourceserver.jwt.audiences=" + AUDIENCE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
