package id.selaras.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.selaras.audit.Change;
import id.selaras.audit.EventLog;
import id.selaras.common.Checks;
import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.indicator.repository.IndicatorRepository;
import id.selaras.indicator.repository.RealisationRepository;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.plan.VersionStatus;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Realisations (realisasi) are reported against the plan version in force by officers of the indicator's OPD (or
 * planners), and verified by a planner other than the reporter. Corrections make a realisation unverified again.
 */
@Service
public class RealisationService {

    private final RealisationRepository realisations;
    private final IndicatorRepository indicators;
    private final PlanService plans;
    private final AccessPolicy access;
    private final EventLog events;
    private final TransactionalOperator tx;

    RealisationService(RealisationRepository realisations, IndicatorRepository indicators, PlanService plans,
                       AccessPolicy access, EventLog events, TransactionalOperator tx) {
        this.realisations = realisations;
        this.indicators = indicators;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.tx = tx;
    }

    public Mono<Map<Long, List<Realisation>>> ofLineages(Collection<Long> lineageIds) {
        return realisations.ofLineages(lineageIds);
    }

    /** A realisation, seen through the current indicator of its lineage, if the actor may read that indicator. */
    public Mono<Realisation> realisation(Actor actor, long id) {
        return realisations.find(id).flatMap(r -> realisations.currentIndicator(r.lineageId())
                .flatMap(indicators::find)
                .filterWhen(i -> plans.scope(i.planVersionId()).map(s -> plans.visible(actor, s)))
                .map(i -> r.through(i.id())));
    }

    public Mono<Realisation> record(Actor actor, long indicatorId, int year, Period period, Double value, String evidence) {
        return indicators.find(indicatorId).switchIfEmpty(Mono.error(SelarasException.notFound("Indicator", indicatorId)))
                .flatMap(indicator -> plans.scope(indicator.planVersionId()).flatMap(scope -> authorize(actor, indicator, scope)
                        .then(Mono.defer(() -> {
                            Checks checks = Checks.start();
                            String e = checks.optionalText(evidence, "input.evidence", 2000);
                            checks.check(value != null, ErrorCode.REQUIRED, "input.value");
                            checks.number(value, "input.value");
                            checks.year(year, "input.year", scope.periodStart(), scope.periodEnd());
                            checks.check(period != null && indicator.frequency().periods().contains(period),
                                    ErrorCode.REALISATION_PERIOD_MISMATCH, "input.period",
                                    String.valueOf(period), indicator.frequency().name());
                            checks.throwIfAny();
                            return realisations.findByPeriod(indicator.lineageId(), year, period)
                                    .flatMap(existing -> Mono.<Realisation>error(
                                            SelarasException.of(ErrorCode.REALISATION_EXISTS, "input.period")))
                                    .switchIfEmpty(realisations.insert(indicator.lineageId(), year, period, value, e,
                                            actor.auditName()))
                                    .map(r -> r.through(indicatorId))
                                    .flatMap(r -> events.record(actor, Change.created("Realisation", r.id(), scope.regionId(),
                                            scope.versionId(), r)).thenReturn(r));
                        }))))
                .as(tx::transactional);
    }

    public Mono<Realisation> update(Actor actor, long id, int version, Double value, String evidence) {
        return editing(actor, id, (before, indicator, scope) -> {
            Checks checks = Checks.start();
            String e = checks.optionalText(evidence, "input.evidence", 2000);
            checks.check(value != null, ErrorCode.REQUIRED, "input.value");
            checks.number(value, "input.value");
            checks.throwIfAny();
            return realisations.update(id, version, value, e, actor.auditName())
                    .switchIfEmpty(Mono.error(SelarasException.conflict("Realisation")))
                    .map(r -> r.through(indicator.id()))
                    .flatMap(after -> events.record(actor, Change.updated("Realisation", id, scope.regionId(),
                            scope.versionId(), before, after)).thenReturn(after));
        }, false);
    }

    /** A planner other than the reporter confirms the value and its evidence. */
    public Mono<Realisation> verify(Actor actor, long id, int version) {
        return editing(actor, id, (before, indicator, scope) -> {
            access.requirePlanner(actor, scope.regionCode());
            if (actor.auditName().equals(before.reportedBy())) {
                return Mono.error(SelarasException.of(ErrorCode.FORBIDDEN, null));
            }
            return realisations.verify(id, version, actor.auditName())
                    .switchIfEmpty(Mono.error(SelarasException.conflict("Realisation")))
                    .map(r -> r.through(indicator.id()))
                    .flatMap(after -> events.record(actor, Change.updated("Realisation", id, scope.regionId(),
                            scope.versionId(), before, after)).thenReturn(after));
        }, true);
    }

    public Mono<Long> delete(Actor actor, long id, int version) {
        return editing(actor, id, (before, indicator, scope) -> realisations.delete(id, version)
                .flatMap(n -> n == 0 ? Mono.error(SelarasException.conflict("Realisation"))
                        : events.record(actor, Change.deleted("Realisation", id, scope.regionId(), scope.versionId(), before)))
                .thenReturn(id), false);
    }

    @FunctionalInterface
    private interface Edit<T> {
        Mono<T> apply(Realisation before, Indicator indicator, VersionScope scope);
    }

    private <T> Mono<T> editing(Actor actor, long id, Edit<T> edit, boolean plannerOnly) {
        return realisations.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("Realisation", id)))
                .flatMap(before -> realisations.currentIndicator(before.lineageId()).flatMap(indicators::find)
                        .flatMap(indicator -> plans.scope(indicator.planVersionId()).flatMap(scope ->
                                (plannerOnly ? Mono.<Void>empty() : authorize(actor, indicator, scope))
                                        .then(Mono.defer(() -> edit.apply(before.through(indicator.id()), indicator, scope))))))
                .as(tx::transactional);
    }

    /** Realisations are reported on the adopted version, by its planners or the officers of the indicator's OPD. */
    private Mono<Void> authorize(Actor actor, Indicator indicator, VersionScope scope) {
        return indicators.owningOpdCodes(indicator.id()).flatMap(opdCodes -> {
            access.requireEditor(actor, scope.regionCode(), opdCodes);
            if (scope.status() != VersionStatus.ADOPTED) {
                return Mono.error(SelarasException.of(ErrorCode.REALISATION_NEEDS_ADOPTED, "input.indicatorId"));
            }
            return Mono.empty();
        });
    }
}
