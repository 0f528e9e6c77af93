package id.selaras.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Reads roles, regions, OPD memberships and scopes from a validated JWT into an {@link Actor}. Unknown role names
 * are ignored rather than rejected, so a shared identity provider may carry roles of other applications.
 */
public class JwtActorConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final SecurityProperties properties;

    public JwtActorConverter(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(authenticate(jwt));
    }

    public ActorAuthentication authenticate(Jwt jwt) {
        SecurityProperties.Claims claims = properties.claims();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : strings(jwt.getClaims(), claims.roles())) {
            String name = r.toUpperCase(Locale.ROOT).replace("ROLE_", "");
            Arrays.stream(Role.values()).filter(v -> v.name().equals(name)).findFirst().ifPresent(roles::add);
        }
        Set<String> regions = new LinkedHashSet<>(strings(jwt.getClaims(), claims.regions()));
        Set<String> opds = new LinkedHashSet<>();
        for (String opd : strings(jwt.getClaims(), claims.opds())) {
            // "33.71:1.02.0.00.0.00.01.0000", or a bare OPD code when the person belongs to one region only
            if (opd.contains(":")) {
                opds.add(opd);
            } else if (regions.size() == 1) {
                opds.add(regions.iterator().next() + ":" + opd);
            }
        }
        Set<String> scopes = new LinkedHashSet<>(strings(jwt.getClaims(), claims.scope()));
        if (scopes.isEmpty()) {
            scopes.addAll(strings(jwt.getClaims(), "scp"));
        }
        String client = firstNonNull(jwt.getClaimAsString("azp"), jwt.getClaimAsString("client_id"));
        boolean firstParty = client != null && properties.firstPartyClients().contains(client);
        Object name = lookup(jwt.getClaims(), claims.name());
        Actor actor = new Actor(jwt.getSubject(), client, name == null ? null : name.toString(), roles, regions, opds,
                scopes, firstParty);
        Collection<GrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        scopes.forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        return new ActorAuthentication(jwt, actor, authorities);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** A claim as strings: a JSON array, or a space-separated string (the OAuth2 {@code scope} form). */
    static List<String> strings(Map<String, Object> claims, String path) {
        Object v = lookup(claims, path);
        if (v instanceof Collection<?> c) {
            return c.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        if (v instanceof String s && !s.isBlank()) {
            return Arrays.stream(s.trim().split("\\s+")).toList();
        }
        return List.of();
    }

    static Object lookup(Map<String, Object> claims, String path) {
        if (claims.containsKey(path)) {
            return claims.get(path);
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(part);
        }
        return current;
    }
}
