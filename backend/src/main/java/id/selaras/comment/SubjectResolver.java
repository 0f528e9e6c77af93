package id.selaras.comment;

import java.util.List;

import id.selaras.aspiration.AspirationService;
import id.selaras.cascade.CascadeService;
import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.consultation.ConsultationService;
import id.selaras.consultation.ConsultationState;
import id.selaras.indicator.IndicatorService;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds what a comment is about and whether comments are taken there now: nodes, indicators and whole plan
 * versions take comments while a consultation covering them is open; a consultation while it is open; an aspiration
 * always (between its author and the region's staff). A subject the actor may not read is NOT_FOUND.
 */
@Component
class SubjectResolver {

    private final IndicatorService indicators;
    private final CascadeService cascade;
    private final PlanService plans;
    private final ConsultationService consultations;
    private final AspirationService aspirations;
    private final RegionService regions;

    SubjectResolver(IndicatorService indicators, CascadeService cascade, PlanService plans, ConsultationService consultations,
                    AspirationService aspirations, RegionService regions) {
        this.indicators = indicators;
        this.cascade = cascade;
        this.plans = plans;
        this.consultations = consultations;
        this.aspirations = aspirations;
        this.regions = regions;
    }

    Mono<Subject> resolve(Actor actor, String type, long id) {
        Mono<Subject> subject = switch (type) {
            case "Indicator" -> indicators.indicator(actor, id).flatMap(i -> plans.scope(i.planVersionId()).flatMap(scope ->
                    consultations.openCovering(scope.versionId(), i.nodeId(), i.id()).map(c -> (Long) c.id())
                            .defaultIfEmpty(0L).zipWith(indicators.owningOpdCodes(i.id()))
                            .map(t -> of(type, id, scope, t.getT1(), t.getT2()))));
            case "CascadeNode" -> cascade.node(actor, id).flatMap(n -> plans.scope(n.planVersionId()).flatMap(scope ->
                    consultations.openCovering(scope.versionId(), n.id(), null).map(c -> (Long) c.id())
                            .defaultIfEmpty(0L).zipWith(cascade.opdCodes(n.id()))
                            .map(t -> of(type, id, scope, t.getT1(), t.getT2()))));
            case "PlanVersion" -> plans.readableScope(actor, id).onErrorResume(SelarasException.class, e -> Mono.empty())
                    .flatMap(scope -> consultations.openCovering(scope.versionId(), null, null).map(c -> (Long) c.id())
                            .defaultIfEmpty(0L).map(c -> of(type, id, scope, c, List.of())));
            case "Consultation" -> consultations.consultation(actor, id).flatMap(c -> plans.scope(c.planVersionId())
                    .map(scope -> of(type, id, scope,
                            c.state(consultations.now()) == ConsultationState.OPEN ? c.id() : 0L, List.of()))
                    .map(s -> new Subject(s.type(), s.id(), s.planVersionId(), s.regionId(), s.regionCode(), c.id(),
                            s.officialOpdCodes(), null, null, s.commentsOpen())));
            case "Aspiration" -> aspirations.aspiration(actor, id).flatMap(a -> regions.region(a.regionId()).flatMap(region ->
                    (a.assignedOpdId() == null ? Mono.just(List.<String>of())
                            : regions.opd(a.assignedOpdId()).map(o -> List.of(o.code())))
                            .map(opds -> new Subject(type, id, null, region.id(), region.code(), null, opds, null, null, true))));
            default -> Mono.error(SelarasException.of(ErrorCode.INVALID_ID, "input.subjectId", "Commentable"));
        };
        return subject.switchIfEmpty(Mono.error(SelarasException.notFound(type, id)));
    }

    private static Subject of(String type, long id, VersionScope scope, long consultationId, List<String> opdCodes) {
        boolean open = consultationId > 0;
        return new Subject(type, id, scope.versionId(), scope.regionId(), scope.regionCode(), open ? consultationId : null,
                opdCodes, scope.periodStart(), scope.periodEnd(), open);
    }
}
