package id.selaras.security;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

/** The actor of the request being served, from the reactive security context; anonymous when there is none. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Mono<Actor> get() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(ctx -> ctx.getAuthentication() instanceof ActorAuthentication a ? a.actor() : null)
                .defaultIfEmpty(Actor.ANONYMOUS);
    }
}
