package id.selaras.web.identity.client;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Turns the roles in the ID token into the web UI's authorities ({@code ROLE_ADMIN}, ...), so that views can be
 * guarded with {@code @RolesAllowed}. What a role may do with data is still decided by the backend.
 */
@Configuration(proxyBeanMethods = false)
class RoleClaims {

    @Bean
    GrantedAuthoritiesMapper roleAuthorities(IdentityProperties properties) {
        String path = properties.claims().roles();
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    roles(lookup(oidc.getAttributes(), path)).forEach(mapped::add);
                }
            }
            return mapped;
        };
    }

    private static Set<GrantedAuthority> roles(Object claim) {
        Set<GrantedAuthority> roles = new LinkedHashSet<>();
        if (claim instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equalsIgnoreCase(String.valueOf(name))) {
                        roles.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
                    }
                }
            }
        }
        return roles;
    }

    /** A claim by path: {@code roles}, or {@code realm_access.roles} in Keycloak's nested form. */
    static Object lookup(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
