package id.selaras.web.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * The web UI's own client secret at the issuer. With the embedded provider and none configured, a random one is made
 * for this run (the provider registers it at start); it is never logged. Several instances must share a configured one.
 */
@Component
public class WebClientSecret {

    private final String value;

    WebClientSecret(IdentityProperties properties) {
        if (!properties.clientSecret().isBlank()) {
            value = properties.clientSecret();
        } else if (properties.embedded()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        } else {
            throw new IllegalStateException("selaras.identity.client-secret (SELARAS_WEB_CLIENT_SECRET) must be set: "
                    + "the external issuer knows the web UI as a confidential client.");
        }
    }

    /** The secret in plain text: for the token request only. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "WebClientSecret[hidden]";
    }
}
