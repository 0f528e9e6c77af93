package id.selaras.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Short-lived links that carry their own permission: the fields and an expiry, signed with HMAC-SHA256. A link is
 * made only after the caller's rights were checked; whoever holds it may use it until it expires.
 */
@Component
class SignedLinks {

    private static final Logger log = LoggerFactory.getLogger(SignedLinks.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Clock clock;

    SignedLinks(ExchangeProperties properties, Clock clock) {
        this.clock = clock;
        if (properties.signingKey() == null || properties.signingKey().isBlank()) {
            log.info("selaras.exchange.signing-key is not set: download and upload links are signed with a key made at start"
                    + " (set SELARAS_EXCHANGE_KEY when several backend instances serve the same users)");
            this.key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            this.key = properties.signingKey().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A token for these fields (no field may contain '|'), valid until {@code expires}. */
    String sign(List<String> fields, Instant expires) {
        String payload = String.join("|", fields) + "|" + expires.getEpochSecond();
        return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(mac(payload));
    }

    /** The fields of a valid, unexpired token; null otherwise. */
    List<String> verify(String token) {
        if (token == null || token.length() > 2000 || token.indexOf('.') < 0) {
            return null;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1));
            if (!MessageDigest.isEqual(given, mac(payload))) {
                return null;
            }
            List<String> parts = List.of(payload.split("\\|", -1));
            long expiry = Long.parseLong(parts.getLast());
            return clock.instant().getEpochSecond() > expiry ? null : parts.subList(0, parts.size() - 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
