package id.selaras.web.identity.client;

import java.util.Map;

import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.WebClientSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The web UI as an OAuth2 client of its issuer. For the embedded provider the endpoints are known (it cannot be asked
 * for its discovery document before it has started); an external issuer is asked on first use, so that the web UI
 * starts even while the identity server is still starting.
 */
@Configuration(proxyBeanMethods = false)
class ClientRegistrationConfiguration {

    static final String REGISTRATION_ID = "selaras";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(IdentityProperties properties, WebClientSecret secret) {
        return properties.embedded()
                ? new InMemoryClientRegistrationRepository(embedded(properties, secret.value()))
                : new DiscoveredClientRegistration(properties, secret.value());
    }

    private static ClientRegistration embedded(IdentityProperties properties, String secret) {
        String issuer = properties.issuerUrl();
        return configure(ClientRegistration.withRegistrationId(REGISTRATION_ID), properties, secret)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .issuerUri(issuer)
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .build();
    }

    /** What the web UI asks for, whichever the issuer: a confidential client with PKCE, OIDC and the profile. */
    static ClientRegistration.Builder configure(ClientRegistration.Builder builder, IdentityProperties properties,
                                                String secret) {
        return builder.registrationId(REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .clientName("Selaras")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
    }
}
