package id.selaras.web.identity.client;

import id.selaras.web.identity.IdentityProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The web UI's registration at an external issuer (Keycloak), built from the issuer's discovery document the first
 * time someone signs in, and kept; a failed discovery is tried again at the next sign-in.
 */
final class DiscoveredClientRegistration implements ClientRegistrationRepository {

    private final IdentityProperties properties;
    private final String secret;
    private volatile ClientRegistration registration;

    DiscoveredClientRegistration(IdentityProperties properties, String secret) {
        this.properties = properties;
        this.secret = secret;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ClientRegistrationConfiguration.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrationConfiguration.configure(
                            ClientRegistrations.fromIssuerLocation(properties.issuerUrl()), properties, secret).build();
                }
                found = registration;
            }
        }
        return found;
    }
}
