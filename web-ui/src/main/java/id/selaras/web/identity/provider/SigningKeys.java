package id.selaras.web.identity.provider;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The RSA keys that sign tokens, kept in the database so that every instance signs with the same key and restarts
 * keep it. The newest key signs; the one before it stays published until the next rotation, so tokens it signed
 * remain valid while they live. A key older than {@code selaras.identity.signing-key.max-age} is rotated on next use.
 */
@Component
@EmbeddedProvider
public class SigningKeys {

    private static final Duration CACHE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Loaded loaded;

    private final TransactionOperations transactions;

    SigningKeys(JdbcClient jdbc, TransactionOperations transactions, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.maxAge = properties.signingKey().maxAge();
    }

    /** The keys published at {@code /oauth2/jwks}, newest first. */
    public List<RSAKey> published() {
        if (current().keys().isEmpty()) {
            active(); // a fresh installation publishes its first key before it signs anything
        }
        return current().keys();
    }

    /** The key that signs now; creates the first one, or rotates one that is too old. */
    public RSAKey active() {
        Loaded current = current();
        if (current.keys().isEmpty() || current.newestCreated().plus(maxAge).isBefore(clock.instant())) {
            rotate();
            current = current();
        }
        return current.keys().getFirst();
    }

    /** Creates a new signing key; the previous one stays published, older ones are deleted. */
    public void rotate() {
        transactions.executeWithoutResult(status -> rotateLocked());
        loaded = null;
    }

    private void rotateLocked() {
        // One rotation at a time across instances; a concurrent one finds the fresh key and does nothing.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('selaras.identity.signing_key'))").query().singleRow();
        Instant now = clock.instant();
        Instant newest = jdbc.sql("SELECT max(created_at) FROM signing_key").query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(null);
        Loaded seen = loaded;
        if (seen != null && newest != null && newest.isAfter(seen.newestCreated())) {
            return; // another instance rotated meanwhile
        }
        KeyPair pair = generate();
        jdbc.sql("""
                DELETE FROM signing_key WHERE kid NOT IN (SELECT kid FROM signing_key ORDER BY created_at DESC LIMIT 1)""")
                .update();
        jdbc.sql("INSERT INTO signing_key (kid, public_key, private_key, created_at) VALUES (:kid, :pub, :priv, :at)")
                .param("kid", UUID.randomUUID().toString())
                .param("pub", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                .param("priv", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                .param("at", Timestamp.from(now)).update();
    }

    private Loaded current() {
        Loaded current = loaded;
        if (current == null || current.loadedAt().plus(CACHE).isBefore(clock.instant())) {
            current = load();
            loaded = current;
        }
        return current;
    }

    private Loaded load() {
        record Row(String kid, String publicKey, String privateKey, Instant created) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT kid, public_key, private_key, created_at FROM signing_key ORDER BY created_at DESC""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
        List<RSAKey> keys = rows.stream().map(r -> toJwk(r.kid(), r.publicKey(), r.privateKey())).toList();
        return new Loaded(keys, rows.isEmpty() ? Instant.EPOCH : rows.getFirst().created(), clock.instant());
    }

    private static RSAKey toJwk(String kid, String publicKey, String privateKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            RSAPrivateKey priv = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            return new RSAKey.Builder(pub).privateKey(priv).keyID(kid).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " in identity.signing_key cannot be read", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Loaded(List<RSAKey> keys, Instant newestCreated, Instant loadedAt) {
    }
}
