package id.selaras.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import reactor.core.publisher.Mono;

/**
 * The HTTP edge: every request may pass (public data is public); a bearer token, when sent, must be valid. What
 * an actor may do is decided in the services, not here.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProperties properties,
                                                  MessageSource messages) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(ex -> ex.anyExchange().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtActorConverter(properties)))
                        .authenticationEntryPoint(graphQlEntryPoint(messages)))
                .build();
    }

    /**
     * Validates signature, issuer, audience and lifetime. Keys come from the issuer's JWK set, or from a PEM public
     * key ({@code public-key-location}) where the provider publishes none.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                                  @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri,
                                  @Value("${spring.security.oauth2.resourceserver.jwt.public-key-location:}") String publicKey,
                                  @Value("${spring.security.oauth2.resourceserver.jwt.audiences:}") List<String> audiences,
                                  ResourceLoader resources) throws IOException {
        NimbusReactiveJwtDecoder decoder;
        if (!publicKey.isBlank()) {
            try (InputStream in = resources.getResource(publicKey).getInputStream()) {
                decoder = NimbusReactiveJwtDecoder.withPublicKey(RsaKeyConverters.x509().convert(in)).build();
            }
        } else {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        List<String> accepted = audiences.stream().filter(a -> !a.isBlank()).toList();
        if (!accepted.isEmpty()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(accepted::contains)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** A rejected token is answered like any other API error: a GraphQL response classified UNAUTHORIZED. */
    private static ServerAuthenticationEntryPoint graphQlEntryPoint(MessageSource messages) {
        return (exchange, ex) -> {
            var locale = exchange.getLocaleContext().getLocale();
            String message = messages.getMessage("error.INVALID_TOKEN", null, "Invalid token",
                    locale == null ? LocaleContextHolder.getLocale() : locale);
            String body = "{\"errors\":[{\"message\":\"" + message.replace("\"", "\\\"")
                    + "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\",\"code\":\"INVALID_TOKEN\"}}]}";
            var response = exchange.getResponse();
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().setContentType(MediaType.parseMediaType("application/graphql-response+json"));
            response.getHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
        };
    }
}
