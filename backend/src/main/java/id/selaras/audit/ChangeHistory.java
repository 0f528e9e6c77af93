package id.selaras.audit;

import id.selaras.audit.repository.ChangeRepository;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the audit trail; callers check that the reader may see what they ask for. */
@Service
public class ChangeHistory {

    private final ChangeRepository changes;

    ChangeHistory(ChangeRepository changes) {
        this.changes = changes;
    }

    public Mono<Connection<ChangeEvent>> ofPlanVersion(long planVersionId, Page page) {
        return changes.ofPlanVersion(planVersionId, page);
    }

    /** Events in {@code (after, upTo]}, oldest first, at most {@code limit}. */
    public Flux<ChangeEvent> between(long after, long upTo, int limit) {
        return changes.between(after, upTo, limit);
    }

    /** Committed events after a sequence, with the transaction bounds needed to tell rollbacks from running writes. */
    public Mono<EventBatch> after(long after, int limit) {
        return changes.after(after, limit);
    }

    public Mono<Long> top() {
        return changes.top();
    }
}
