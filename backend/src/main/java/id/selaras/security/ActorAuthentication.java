package id.selaras.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** An authenticated bearer token together with the {@link Actor} its claims describe. */
public class ActorAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private final Actor actor;

    public ActorAuthentication(Jwt jwt, Actor actor, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, actor, jwt, authorities);
        this.actor = actor;
        setAuthenticated(true);
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public java.util.Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return actor.subject();
    }
}
