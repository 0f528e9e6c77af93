package id.selaras.security;

import java.util.function.LongFunction;

import id.selaras.common.Checks;
import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.security.repository.GuardRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Makes create mutations safe to retry: a request that repeats an earlier one's idempotency key gets what the first
 * created, and creates nothing. When two copies race, the one that commits second rolls back and returns the first's.
 */
@Component
public class Idempotency {

    private final GuardRepository guard;
    private final TransactionalOperator tx;

    Idempotency(GuardRepository guard, TransactionalOperator tx) {
        this.guard = guard;
        this.tx = tx;
    }

    /**
     * Runs {@code create} (which emits the new id) in a transaction unless the key was seen, then loads the result.
     */
    public <T> Mono<T> once(Actor actor, String key, String operation, Mono<Long> create, LongFunction<Mono<T>> load) {
        if (key == null) {
            return create.as(tx::transactional).flatMap(load::apply);
        }
        Checks checks = Checks.start();
        String k = checks.text(key, "input.idempotencyKey", 100);
        checks.throwIfAny();
        String who = actor.auditName();
        Mono<Long> fresh = create.flatMap(id -> guard.remember(who, k, operation, id)
                        .flatMap(won -> won ? Mono.just(id) : Mono.<Long>error(new Lost())))
                .as(tx::transactional)
                .onErrorResume(Lost.class, e -> previous(who, k, operation));
        return previous(who, k, operation).switchIfEmpty(fresh).flatMap(load::apply);
    }

    private Mono<Long> previous(String who, String key, String operation) {
        return guard.operationOf(who, key).flatMap(op -> op.equals(operation) ? guard.resultOf(who, key)
                : Mono.error(SelarasException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "input.idempotencyKey")));
    }

    /** Another request with the same key committed first. */
    private static final class Lost extends RuntimeException {
        Lost() {
            super(null, null, false, false);
        }
    }
}
