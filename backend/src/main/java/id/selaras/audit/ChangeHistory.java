package id.selaras.audit;

import id.selaras.audit.repository.ChangeRepository;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads the audit trail; callers check that the reader may see the plan version first. */
@Service
public class ChangeHistory {

    private final ChangeRepository changes;

    ChangeHistory(ChangeRepository changes) {
        this.changes = changes;
    }

    public Mono<Connection<ChangeEvent>> ofPlanVersion(long planVersionId, Page page) {
        return changes.ofPlanVersion(planVersionId, page);
    }
}
