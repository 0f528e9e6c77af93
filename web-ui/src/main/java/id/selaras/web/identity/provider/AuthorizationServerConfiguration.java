package id.selaras.web.identity.provider;

import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The embedded OIDC provider (Spring Authorization Server): its endpoints ({@code /oauth2/*}, {@code /userinfo},
 * {@code /connect/logout}, discovery), tokens signed with the keys in the database, and its clients, authorizations
 * and consents in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@EmbeddedProvider
class AuthorizationServerConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String CONSENT_PAGE = "/oauth2/consent";
    static final String REGISTER_PAGE = "/register";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
            server.authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE));
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        // The userinfo endpoint takes the access token.
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), browsers));
        http.securityContext(context -> context.securityContextRepository(IdentitySession.contextRepository()));
        http.requestCache(cache -> cache.requestCache(IdentitySession.requestCache()));
        return http.build();
    }

    /** The provider's own pages: sign-in, registration, consent, and what they load. */
    @Bean
    @Order(2)
    SecurityFilterChain identityPagesChain(HttpSecurity http) {
        http.securityMatcher(LOGIN_PAGE, REGISTER_PAGE, CONSENT_PAGE, "/styles/**", "/error");
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(CONSENT_PAGE).authenticated()
                .anyRequest().permitAll());
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        failures.setExceptionMappings(Map.of(
                LockedException.class.getName(), LOGIN_PAGE + "?locked",
                DisabledException.class.getName(), LOGIN_PAGE + "?disabled"));
        // Signed in without an authorization request to resume (the login page was opened directly): sign in to the
        // web UI too, which the provider now answers at once.
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).failureHandler(failures)
                .defaultSuccessUrl("/oauth2/authorization/" + RegisteredClients.REGISTRATION_ID));
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)));
        http.securityContext(context -> context.securityContextRepository(IdentitySession.contextRepository()));
        http.requestCache(cache -> cache.requestCache(IdentitySession.requestCache()));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuerUrl()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
        return new ManagedClientRepository(
                new org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository(jdbc),
                jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc,
                                                                  RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    /** Every published key, for {@code /oauth2/jwks} and for checking access tokens at {@code /userinfo}. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return (selector, context) -> selector.select(new JWKSet(java.util.List.copyOf(keys.published())));
    }

    /** Signs with the active key alone: Nimbus refuses to choose among several keys of one algorithm. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.active())));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration
                .jwtDecoder(jwkSource);
    }
}
