package id.selaras.web.identity.client;

import java.util.Optional;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's access token for what the HTTP relay cannot cover: a live subscription's WebSocket, which
 * authenticates once in {@code connection_init}. Refreshed when about to expire; empty for anonymous visitors.
 */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager clients;

    AccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** The token of the person of the current request (call it on the UI's request thread). */
    public Optional<String> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (!(authentication instanceof OAuth2AuthenticationToken) || request == null || response == null) {
            return Optional.empty();
        }
        OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(ClientRegistrationConfiguration.REGISTRATION_ID)
                .principal(authentication)
                .attribute(HttpServletRequest.class.getName(), request.getHttpServletRequest())
                .attribute(HttpServletResponse.class.getName(), response.getHttpServletResponse())
                .build());
        return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
    }
}
