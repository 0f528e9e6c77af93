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
import id.selaras.web.identity.account.AccountService;
import id.selaras.web.identity.account.Registration;
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
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
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
    static final List<String> TRACE_PARENTS = new CopyOnWriteArrayList<>();
    static HttpServer backend;

    @Autowired
    HttpGraphQlClient graphQl;
    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;
    @Autowired
    AccountService accounts;

    static final String EMAIL = "warga-relay-" + java.util.UUID.randomUUID() + "@test.example";
    static final String PASSWORD = "sepeda ontel di pagi hari";

    @BeforeEach
    void startBackend() throws IOException {
        RECEIVED.clear();
        TRACE_PARENTS.clear();
        backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        backend.createContext("/graphql", exchange -> {
            RECEIVED.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            TRACE_PARENTS.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
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
        signIn("person-1", new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token-of-person-1",
                Instant.now(), Instant.now().plusSeconds(600)), null);

        plansFrom(backend);

        assertThat(RECEIVED).containsExactly("Bearer token-of-person-1");
    }

    /** What the OAuth2 sign-in leaves behind: the authentication, and the person's tokens in the session. */
    private void signIn(String subject, OAuth2AccessToken access, OAuth2RefreshToken refresh) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        OAuth2AuthenticationToken person = new OAuth2AuthenticationToken(new DefaultOAuth2User(
                AuthorityUtils.NO_AUTHORITIES, Map.of("sub", subject), "sub"), AuthorityUtils.NO_AUTHORITIES, "selaras");
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(
                registrations.findByRegistrationId("selaras"), subject, access, refresh), person, request, response);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        SecurityContextHolder.getContext().setAuthentication(person);
    }

    @Test
    void expiredAccessToken_isRefreshedAtTheProvider_beforeTheRequest() {
        accounts.register(new Registration(EMAIL, "Warga Relay", PASSWORD, true, "id"));
        Map<String, Object> tokens = TokenRequests.authorizationCode(EMAIL, PASSWORD);
        OAuth2AccessToken expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                (String) tokens.get("access_token"), Instant.now().minusSeconds(900), Instant.now().minusSeconds(300));
        signIn("warga-relay", expired, new OAuth2RefreshToken((String) tokens.get("refresh_token"), Instant.now()));

        plansFrom(backend);

        assertThat(RECEIVED).hasSize(1);
        String sent = RECEIVED.getFirst().substring("Bearer ".length());
        assertThat(sent).isNotEqualTo(tokens.get("access_token"));
        assertThat(TokenTest.decodeAsBackend(sent).getClaimAsString("name")).isEqualTo("Warga Relay");
    }

    @Test
    void anonymous_graphQlRequestsCarryNoToken() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(),
                new MockHttpServletResponse()));

        plansFrom(backend);

        assertThat(RECEIVED).containsExactly("null");
    }

    @Test
    void graphQlRequests_carryTheTraceContext_soTheBackendContinuesTheTrace() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(),
                new MockHttpServletResponse()));

        plansFrom(backend);

        // W3C trace context: version-traceid-spanid-flags
        assertThat(TRACE_PARENTS).singleElement().asString().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    private void plansFrom(HttpServer server) {
        // The web UI's client, pointed at the stand-in; a mutated copy keeps the WebClient's filters.
        graphQl.mutate().url("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql").build()
                .document("{ plans(first: 1) { totalCount } }").retrieve("plans.totalCount").toEntity(Integer.class)
                .block(Duration.ofSeconds(10));
    }
}
