package id.selaras.web.identity.client;

import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServletOAuth2AuthorizedClientExchangeFilterFunction;

/**
 * Sends the signed-in person's access token with every request of the web UI's GraphQL client (and any other
 * WebClient it builds), refreshing it when it is about to expire; anonymous visitors' requests go without one.
 * Tokens are kept in the HTTP session only and are never logged.
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenRelay {

    /** Tokens live and die with the session: signing out or a session timeout forgets them. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean
    WebClientCustomizer accessTokenRelayCustomizer(OAuth2AuthorizedClientManager manager) {
        ServletOAuth2AuthorizedClientExchangeFilterFunction relay =
                new ServletOAuth2AuthorizedClientExchangeFilterFunction(manager);
        // The client of whoever is signed in; the views need not name it on every request.
        relay.setDefaultOAuth2AuthorizedClient(true);
        return builder -> builder.filter(relay);
    }
}
