package id.selaras.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.security.repository.GuardRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Limits writes per person and per client address in fixed minute and hour windows kept in PostgreSQL, so every
 * backend instance counts together. A refused write is RATE_LIMITED with the seconds until the window ends. Hits are
 * counted outside the write's own transaction, so refused and failed attempts count too.
 */
@Component
public class RateLimiter {

    private final GuardRepository guard;
    private final RateLimitProperties properties;
    private final Clock clock;

    private final io.micrometer.core.instrument.MeterRegistry meters;

    RateLimiter(GuardRepository guard, RateLimitProperties properties, Clock clock) {
        this(guard, properties, clock, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    @org.springframework.beans.factory.annotation.Autowired
    RateLimiter(GuardRepository guard, RateLimitProperties properties, Clock clock, io.micrometer.core.instrument.MeterRegistry meters) {
        this.meters = meters;
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
        // old windows are of no use; clearing them keeps the table small
        Flux.interval(Duration.ofMinutes(10)).concatMap(t -> guard.forgetBefore(clock.instant().minus(Duration.ofHours(2)))
                .onErrorResume(e -> Mono.empty())).subscribe();
    }

    /** Counts this attempt and fails with RATE_LIMITED when the actor or the address is over its allowance. */
    public Mono<Void> check(Actor actor, String address, String action) {
        if (!properties.enabled()) {
            return Mono.empty();
        }
        RateLimitProperties.Limit limit = properties.limit(action);
        boolean staff = actor.has(Role.OPD_OFFICER) || actor.has(Role.BAPPEDA_PLANNER) || actor.has(Role.MODERATOR)
                || actor.has(Role.ADMIN);
        int factor = staff ? properties.staffFactor() : 1;
        Instant now = clock.instant();
        Mono<Void> person = window("u:" + actor.auditName() + ":" + action, now, limit, factor);
        Mono<Void> ip = address == null ? Mono.empty()
                : window("ip:" + address + ":" + action, now, limit, properties.addressFactor() * factor);
        return person.then(ip).doOnError(SelarasException.class, e -> meters.counter("selaras.ratelimit.rejections",
                "action", action).increment());
    }

    private Mono<Void> window(String key, Instant now, RateLimitProperties.Limit limit, int factor) {
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        return guard.hit(key + ":m", minute).flatMap(m -> m > limit.perMinute() * factor
                        ? refuse(minute.plus(Duration.ofMinutes(1)), now) : Mono.<Void>empty())
                .then(guard.hit(key + ":h", hour).flatMap(h -> h > limit.perHour() * factor
                        ? refuse(hour.plus(Duration.ofHours(1)), now) : Mono.<Void>empty()));
    }

    private static Mono<Void> refuse(Instant until, Instant now) {
        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
        return Mono.error(new SelarasException(new id.selaras.common.Problem(ErrorCode.RATE_LIMITED, null,
                java.util.List.of(seconds))));
    }
}
