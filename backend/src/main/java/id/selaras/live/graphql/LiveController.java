package id.selaras.live.graphql;

import java.util.Set;
import java.util.function.Predicate;

import id.selaras.aspiration.AspirationService;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.ChangeEvent;
import id.selaras.comment.CommentService;
import id.selaras.comment.Subject;
import id.selaras.common.ErrorCode;
import id.selaras.common.GlobalId;
import id.selaras.common.SelarasException;
import id.selaras.consultation.ConsultationService;
import id.selaras.live.LiveEvents;
import id.selaras.plan.PlanService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The subscriptions. Who may subscribe is checked when subscribing (what one may read); the events come from the
 * event log through {@link LiveEvents}, so a subscriber passing {@code after} loses nothing across a reconnect.
 */
@Controller
class LiveController {

    private static final Set<String> PLAN_ENTITIES = Set.of("CascadeNode", "Indicator", "Realisation", "PlanVersion");

    private final LiveEvents live;
    private final Payloads payloads;
    private final CommentService comments;
    private final ConsultationService consultations;
    private final PlanService plans;
    private final AccessPolicy access;

    LiveController(LiveEvents live, Payloads payloads, CommentService comments, ConsultationService consultations,
                   PlanService plans, AccessPolicy access, AspirationService aspirations) {
        this.live = live;
        this.payloads = payloads;
        this.comments = comments;
        this.consultations = consultations;
        this.plans = plans;
        this.access = access;
    }

    @SubscriptionMapping
    Flux<Payloads.CommentEvent> commentActivity(@Argument String subject, @Argument String after) {
        GlobalId id = GlobalId.parse(subject);
        if (id == null || !Subject.TYPES.contains(id.type())) {
            return Flux.error(SelarasException.of(ErrorCode.INVALID_ID, "subject", "Commentable"));
        }
        Long from = sequence(after);
        Predicate<ChangeEvent> filter = e -> "Comment".equals(e.entityType()) && id.type().equals(e.subjectType())
                && Long.valueOf(id.id()).equals(e.subjectId());
        return CurrentActor.get().flatMapMany(actor -> canRead(actor, id).flatMapMany(ok -> ok
                ? live.subscribe(from, filter).map(payloads::commentEvent)
                : Flux.error(SelarasException.notFound(id.type(), id.id()))));
    }

    @SubscriptionMapping
    Flux<Payloads.ConsultationEvent> consultationActivity(@Argument String consultation, @Argument String after) {
        long id = GlobalId.decode("Consultation", consultation, "consultation");
        Long from = sequence(after);
        return CurrentActor.get().flatMapMany(actor -> consultations.consultation(actor, id)
                .switchIfEmpty(Mono.error(SelarasException.notFound("Consultation", id)))
                .flatMapMany(c -> live.subscribe(from, e -> Long.valueOf(id).equals(e.consultationId()))
                        .map(payloads::consultationEvent)));
    }

    @SubscriptionMapping
    Flux<Payloads.PlanChangeEvent> planChanges(@Argument String planVersion, @Argument String after) {
        long id = GlobalId.decode("PlanVersion", planVersion, "planVersion");
        Long from = sequence(after);
        return CurrentActor.get().flatMapMany(actor -> plans.readableScope(actor, id).flatMapMany(scope ->
                live.subscribe(from, e -> Long.valueOf(id).equals(e.planVersionId()) && PLAN_ENTITIES.contains(e.entityType()))
                        .map(Payloads::planChangeEvent)));
    }

    @SubscriptionMapping
    Flux<Payloads.AspirationEvent> myAspirationUpdates(@Argument String after) {
        Long from = sequence(after);
        return CurrentActor.get().flatMapMany(actor -> {
            access.requireSignedIn(actor);
            String me = actor.subject();
            return live.subscribe(from, e -> "Aspiration".equals(e.entityType()) && me.equals(e.owner())
                    && (e.action() == ChangeAction.STATUS_CHANGED || e.action() == ChangeAction.CREATED))
                    .concatMap(payloads::aspirationEvent);
        });
    }

    /** Public readability of a subject, remembered briefly: a crowd subscribing at once asks the database once. */
    private final java.util.Map<String, Long> publicSubjects = new java.util.concurrent.ConcurrentHashMap<>();

    private Mono<Boolean> canRead(id.selaras.security.Actor actor, GlobalId id) {
        if (!actor.anonymous()) {
            return comments.canRead(actor, id.type(), id.id());
        }
        long now = System.currentTimeMillis();
        Long until = publicSubjects.get(id.toString());
        if (until != null && until > now) {
            return Mono.just(true);
        }
        return comments.canRead(actor, id.type(), id.id()).doOnNext(ok -> {
            if (ok) {
                if (publicSubjects.size() > 10_000) {
                    publicSubjects.clear();
                }
                publicSubjects.put(id.toString(), now + 10_000);
            }
        });
    }

    private static Long sequence(String after) {
        if (after == null) {
            return null;
        }
        try {
            long s = Long.parseLong(after.strip());
            if (s >= 0) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SelarasException.of(ErrorCode.INVALID_CURSOR, "after");
    }
}
