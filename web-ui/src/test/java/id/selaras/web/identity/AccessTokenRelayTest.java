package id.selaras.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The web UI's GraphQL calls carry the signed-in person's access token to the backend, and anonymous visitors' calls
 * carry none. The backend is a stand-in here that records the Authorization header it receives.
 */
@IdentityTest
class AccessTokenRelayTest {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static HttpServer backend;

    @Autowired
    HttpGraphQlClient graphQl;
    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @BeforeEach
    void startBackend() throws IOException {
        RECEIVED.clear();
        backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        backend.createContext("/graphql", exchange -> {
            RECEIVED.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{\"data\":{\"plans\":{\"edges\":[],\"totalCount\":0}}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/graphql-response+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.start();
    }

    @AfterEach
    void stop() {
        backend.stop(0);
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void signedIn_graphQlRequestsCarryTheAccessToken() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        OAuth2AuthenticationToken person = new OAuth2AuthenticationToken(new DefaultOAuth2User(
                AuthorityUtils.NO_AUTHORITIES, Map.of("sub", "person-1"), "sub"), AuthorityUtils.NO_AUTHORITIES, "selaras");
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token-of-person-1",
                Instant.now(), Instant.now().plusSeconds(600));
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(
                registrations.findByRegistrationId("selaras"), "person-1", token), person, request, response);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        SecurityContextHolder.getContext().setAuthentication(person);

        plansFrom(backend);

        assertThat(RECEIVED).containsExactly("Bearer token-of-person-1");
    }

    @Test
    void anonymous_graphQlRequestsCarryNoToken() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(),
                new MockHttpServletResponse()));

        plansFrom(backend);

        assertThat(RECEIVED).containsExactly("null");
    }

    private void plansFrom(HttpServer server) {
        // The web UI's client, pointed at the stand-in; a mutated copy keeps the WebClient's filters.
        graphQl.mutate().url("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql").build()
                .document("{ plans(first: 1) { totalCount } }").retrieve("plans.totalCount").toEntity(Integer.class)
                .block(Duration.ofSeconds(10));
    }
}
