package id.selaras.web.identity.provider;

import java.security.SecureRandom;
import java.util.Base64;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.WebClientSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Writes the configured clients into the provider's database at every start, before the server takes requests, so
 * that the configuration (and a changed secret) wins over what an earlier run stored.
 */
@Component
@EmbeddedProvider
class ClientSync implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ClientSync.class);

    private final RegisteredClientRepository clients;
    private final IdentityProperties properties;
    private final WebClientSecret webSecret;
    private final PasswordEncoder passwords;

    ClientSync(RegisteredClientRepository clients, IdentityProperties properties, WebClientSecret webSecret,
               PasswordEncoder passwords) {
        this.clients = clients;
        this.properties = properties;
        this.webSecret = webSecret;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        clients.save(RegisteredClients.web(properties, passwords.encode(webSecret.value())));
        clients.save(RegisteredClients.exampleApp(properties));
        String serviceSecret = properties.clients().serviceSecret();
        if (serviceSecret.isBlank()) {
            serviceSecret = randomSecret();
            if (properties.demo().accounts()) {
                // Demo mode only, like the demo passwords: a first-time user can try client credentials at once.
                log.warn("Demo client {} has the secret {} for this run (DEMO ONLY; set SELARAS_EXAMPLE_SERVICE_SECRET "
                        + "to choose it).", RegisteredClients.EXAMPLE_SERVICE, serviceSecret);
            }
        }
        clients.save(RegisteredClients.exampleService(properties, passwords.encode(serviceSecret)));
    }

    private static String randomSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
