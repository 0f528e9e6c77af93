package id.selaras.live;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Readiness of live updates: the instance holds its LISTEN connection. While it does not, events still arrive by
 * polling, but a load balancer should prefer instances that are listening.
 */
@Component("listen")
class ListenHealth implements ReactiveHealthIndicator {

    private final EventRelay relay;

    ListenHealth(EventRelay relay) {
        this.relay = relay;
    }

    @Override
    public Mono<Health> health() {
        Health.Builder builder = relay.listening() ? Health.up() : Health.down();
        return Mono.just(builder.withDetail("watermark", relay.watermark()).build());
    }
}
