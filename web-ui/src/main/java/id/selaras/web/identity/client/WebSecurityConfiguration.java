package id.selaras.web.identity.client;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * How people sign in to the web UI: OIDC (authorization code + PKCE) against the issuer — the embedded provider or
 * an external one. Public views stay open to anonymous readers ({@code @AnonymousAllowed}); a view without an access
 * annotation is closed to everyone (Vaadin's default).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/" + ClientRegistrationConfiguration.REGISTRATION_ID;

    @Bean
    SecurityFilterChain webUiChain(HttpSecurity http, GrantedAuthoritiesMapper roles) {
        http.authorizeHttpRequests(requests -> requests
                // The app's icons (favicon, manifest icons) and offline page load on public pages too.
                .requestMatchers("/styles/**", "/icons/**", "/offline.html", "/error", SignInFailedPage.PATH).permitAll()
                // Health, metrics: only on the management port (management.server.port), which no proxy exposes.
                .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll());
        http.oauth2Login(login -> login
                .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roles))
                // Not back to the sign-in endpoint (it would start over silently): a page that says what happened.
                .failureHandler(new SimpleUrlAuthenticationFailureHandler(SignInFailedPage.PATH)));
        // Signing out ends the issuer's session too (RP-initiated logout), then comes back to the home page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(SIGN_IN, "{baseUrl}"));
        return http.build();
    }
}
