package id.selaras.indicator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.selaras.audit.Change;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.EventLog;
import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.indicator.repository.IndicatorFields;
import id.selaras.indicator.repository.IndicatorRepository;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Indicators of a plan version's cascade. An officer edits the indicators of their own OPD (the indicator's
 * responsible OPDs, or its node's when it names none); planners edit all and decide who is responsible. Only
 * drafts change; every change is an event in the same transaction.
 */
@Service
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final CascadeService cascade;
    private final PlanService plans;
    private final RegionService regions;
    private final AccessPolicy access;
    private final EventLog events;
    private final TransactionalOperator tx;

    IndicatorService(IndicatorRepository indicators, CascadeService cascade, PlanService plans, RegionService regions,
                     AccessPolicy access, EventLog events, TransactionalOperator tx) {
        this.indicators = indicators;
        this.cascade = cascade;
        this.plans = plans;
        this.regions = regions;
        this.access = access;
        this.events = events;
        this.tx = tx;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    public Mono<Indicator> indicator(Actor actor, long id) {
        return indicators.find(id).filterWhen(i -> plans.scope(i.planVersionId()).map(s -> plans.visible(actor, s)));
    }

    /** The indicator with this code in a version (no visibility check: for internal callers). */
    public Mono<Indicator> byCode(long versionId, String code) {
        return indicators.findByCode(versionId, code);
    }

    public Mono<Map<Long, Indicator>> indicators(Collection<Long> ids) {
        return indicators.findAll(ids);
    }

    public Mono<Map<Long, List<Indicator>>> ofNodes(Collection<Long> nodeIds) {
        return indicators.ofNodes(nodeIds);
    }

    public Mono<Connection<Indicator>> list(Actor actor, long versionId, Long opdId, IndicatorType type, Page page) {
        return plans.readableScope(actor, versionId).then(indicators.list(versionId, opdId, type, page));
    }

    public Mono<Map<Long, Long>> countByVersion(Collection<Long> versionIds) {
        return indicators.countByVersion(versionIds);
    }

    /** Codes of the OPDs an indicator belongs to: its own responsible OPDs, or its node's when it names none. */
    public Mono<List<String>> owningOpdCodes(long id) {
        return indicators.owningOpdCodes(id);
    }

    public Mono<Map<Long, List<Target>>> targets(Collection<Long> ids) {
        return indicators.targets(ids);
    }

    public Mono<Map<Long, List<Long>>> opdIds(Collection<Long> ids) {
        return indicators.opdIds(ids);
    }

    /** Reference indicators each indicator supports ({@code reverse}: local indicators supporting each one). */
    public Mono<Map<Long, List<Long>>> alignments(Collection<Long> ids, boolean reverse) {
        return indicators.alignments(ids, reverse);
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    public Mono<Indicator> create(Actor actor, long nodeId, IndicatorInput input, Integer position) {
        return cascade.nodes(List.of(nodeId)).flatMap(found -> {
            CascadeNode node = found.get(nodeId);
            if (node == null) {
                return Mono.error(SelarasException.notFound("CascadeNode", nodeId));
            }
            return plans.editableScope(node.planVersionId()).flatMap(scope -> cascade.opdCodes(nodeId).flatMap(nodeOpds -> {
                List<Long> opdIds = input.responsibleOpdIds() == null ? List.of() : input.responsibleOpdIds();
                if (opdIds.isEmpty()) {
                    access.requireEditor(actor, scope.regionCode(), nodeOpds);
                } else {
                    access.requirePlanner(actor, scope.regionCode());
                }
                Checks checks = Checks.start();
                checks.check(position == null || position >= 1, ErrorCode.OUT_OF_RANGE, "input.position", 1, 100000);
                IndicatorFields fields = IndicatorRules.fields(checks, input, scope);
                List<Target> targets = IndicatorRules.targets(checks,
                        input.targets() == null ? List.of() : input.targets(), input.polarity(), scope);
                return checkOpds(checks, scope, opdIds)
                        .then(checkUniqueCode(checks, scope.versionId(), fields.code(), null))
                        .then(Mono.defer(() -> {
                            checks.throwIfAny();
                            Mono<Integer> pos = position == null ? indicators.nextPosition(nodeId, 0)
                                    : indicators.shiftFrom(nodeId, position, 1, 0).thenReturn(position);
                            return pos.flatMap(p -> indicators.insert(nodeId, scope.versionId(), fields, p));
                        }))
                        .flatMap(created -> indicators.replaceTargets(created.id(), targets)
                                .then(indicators.replaceOpds(created.id(), opdIds))
                                .then(events.record(actor, Change.created("Indicator", created.id(), scope.regionId(),
                                        scope.versionId(), snapshot(created, targets, opdIds))))
                                .thenReturn(created));
            }));
        }).as(tx::transactional);
    }

    /** Replaces every editable field and the targets; changing the responsible OPDs is for planners. */
    public Mono<Indicator> update(Actor actor, long id, int version, IndicatorInput input) {
        return editing(actor, id, (before, scope, ctx) -> {
            List<Long> opdIds = input.responsibleOpdIds() == null ? ctx.opdIds() : input.responsibleOpdIds();
            if (!opdIds.equals(ctx.opdIds())) {
                access.requirePlanner(actor, scope.regionCode());
            }
            Checks checks = Checks.start();
            IndicatorFields fields = IndicatorRules.fields(checks, input, scope);
            // targets left out (null) stay as they are; an empty list removes them
            List<Target> targets = input.targets() == null ? ctx.targets()
                    : IndicatorRules.targets(checks, input.targets(), input.polarity(), scope);
            return checkOpds(checks, scope, opdIds)
                    .then(checkUniqueCode(checks, scope.versionId(), fields.code(), id))
                    .then(Mono.defer(() -> {
                        checks.throwIfAny();
                        return indicators.update(id, version, fields)
                                .switchIfEmpty(Mono.error(SelarasException.conflict("Indicator")));
                    }))
                    .flatMap(after -> indicators.replaceTargets(id, targets)
                            .then(indicators.replaceOpds(id, opdIds))
                            .then(events.record(actor, Change.updated("Indicator", id, scope.regionId(), scope.versionId(),
                                    snapshot(before, ctx.targets(), ctx.opdIds()), snapshot(after, targets, opdIds))))
                            .thenReturn(after));
        });
    }

    /** Sets the targets of the years given (and the end target, when given), leaving other years as they are. */
    public Mono<Indicator> setTargets(Actor actor, long id, int version, List<IndicatorInput.TargetInput> input,
                                      IndicatorInput.TargetInput endTarget) {
        return editing(actor, id, (before, scope, ctx) -> {
            Checks checks = Checks.start();
            List<Target> targets = IndicatorRules.targets(checks, input, before.polarity(), scope);
            Target end = null;
            if (endTarget != null) {
                var endInput = new IndicatorInput(null, before.name(), before.unit(), null, null, null, null, null, null,
                        null, before.polarity(), before.aggregation(), null, null, null, endTarget, null);
                end = IndicatorRules.fields(checks, endInput, scope).endTarget();
            }
            checks.throwIfAny();
            Target newEnd = end;
            return indicators.upsertTargets(id, targets)
                    .then(indicators.touch(id, version, newEnd, endTarget != null))
                    .switchIfEmpty(Mono.error(SelarasException.conflict("Indicator")))
                    .flatMap(after -> indicators.targets(List.of(id)).flatMap(t -> events.record(actor,
                            Change.updated("Indicator", id, scope.regionId(), scope.versionId(),
                                    Map.of("targets", ctx.targets(), "endTarget", String.valueOf(before.endTarget())),
                                    Map.of("targets", t.getOrDefault(id, List.of()), "endTarget", String.valueOf(after.endTarget()))))
                            .thenReturn(after)));
        });
    }

    public Mono<Indicator> move(Actor actor, long id, int version, long nodeId, Integer position) {
        return editing(actor, id, (before, scope, ctx) -> {
            access.requirePlanner(actor, scope.regionCode());
            Checks checks = Checks.start();
            checks.check(position == null || position >= 1, ErrorCode.OUT_OF_RANGE, "input.position", 1, 100000);
            return cascade.nodes(List.of(nodeId)).flatMap(found -> {
                CascadeNode node = found.get(nodeId);
                if (node == null) {
                    return Mono.error(SelarasException.notFound("CascadeNode", nodeId));
                }
                checks.check(node.planVersionId() == scope.versionId(), ErrorCode.DIFFERENT_VERSION, "input.nodeId");
                checks.throwIfAny();
                return indicators.shiftFrom(before.nodeId(), before.position() + 1, -1, id)
                        .then(position == null ? indicators.nextPosition(nodeId, id)
                                : indicators.shiftFrom(nodeId, position, 1, id).thenReturn(position))
                        .flatMap(p -> indicators.move(id, version, nodeId, p))
                        .switchIfEmpty(Mono.error(SelarasException.conflict("Indicator")))
                        .flatMap(after -> events.record(actor, new Change("Indicator", id, ChangeAction.MOVED,
                                scope.regionId(), scope.versionId(), before, after)).thenReturn(after));
            });
        });
    }

    public Mono<Long> delete(Actor actor, long id, int version) {
        return editing(actor, id, (before, scope, ctx) -> indicators.delete(id, version)
                .flatMap(n -> n == 0 ? Mono.error(SelarasException.conflict("Indicator"))
                        : indicators.shiftFrom(before.nodeId(), before.position() + 1, -1, id))
                .then(events.record(actor, Change.deleted("Indicator", id, scope.regionId(), scope.versionId(),
                        snapshot(before, ctx.targets(), ctx.opdIds()))))
                .thenReturn(id));
    }

    /** Links a local indicator to an indicator of a reference plan (RPJMN, provincial RPJMD) it supports. */
    public Mono<Indicator> align(Actor actor, long id, long referenceId, boolean link) {
        return editing(actor, id, (before, scope, ctx) -> indicators.find(referenceId)
                .switchIfEmpty(Mono.error(SelarasException.notFound("Indicator", referenceId)))
                .flatMap(reference -> plans.scope(reference.planVersionId()).flatMap(refScope -> {
                    if (link && (!refScope.reference() || refScope.planId() == scope.planId())) {
                        return Mono.error(SelarasException.of(ErrorCode.NOT_A_REFERENCE_PLAN, "input.referenceIndicatorId"));
                    }
                    Mono<Long> change = link ? indicators.align(id, referenceId) : indicators.unalign(id, referenceId);
                    return change.flatMap(n -> n == 0 ? Mono.just(before) : events.record(actor, new Change("Indicator", id,
                            link ? ChangeAction.LINKED : ChangeAction.UNLINKED, scope.regionId(), scope.versionId(), null,
                            Map.of("alignedTo", referenceId))).thenReturn(before));
                })));
    }

    // ---- shared steps ---------------------------------------------------------------------------------------

    /** What an edit knows about the indicator before it: its targets and responsible OPDs. */
    record Context(List<Target> targets, List<Long> opdIds) {
    }

    @FunctionalInterface
    interface Edit<T> {
        Mono<T> apply(Indicator before, VersionScope scope, Context ctx);
    }

    /**
     * Loads the indicator, locks its draft version, checks that the actor may edit it (planner, or officer of one
     * of its OPDs), and runs the edit in one transaction.
     */
    private <T> Mono<T> editing(Actor actor, long id, Edit<T> edit) {
        return indicators.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("Indicator", id)))
                .flatMap(before -> plans.editableScope(before.planVersionId()).flatMap(scope ->
                        indicators.owningOpdCodes(id).flatMap(opdCodes -> {
                            access.requireEditor(actor, scope.regionCode(), opdCodes);
                            return indicators.targets(List.of(id)).zipWith(indicators.opdIds(List.of(id)))
                                    .flatMap(t -> edit.apply(before, scope, new Context(t.getT1().getOrDefault(id, List.of()),
                                            t.getT2().getOrDefault(id, List.of()))));
                        })))
                .as(tx::transactional);
    }

    private Mono<Void> checkOpds(Checks checks, VersionScope scope, List<Long> opdIds) {
        if (opdIds.isEmpty()) {
            return Mono.empty();
        }
        checks.check(opdIds.stream().distinct().count() == opdIds.size(), ErrorCode.INVALID_FORMAT, "input.responsibleOpdIds");
        return regions.opds(opdIds).doOnNext(found -> {
            for (int i = 0; i < opdIds.size(); i++) {
                OrganisationUnit opd = found.get(opdIds.get(i));
                String field = "input.responsibleOpdIds[" + i + "]";
                if (opd == null) {
                    checks.add(ErrorCode.NOT_FOUND, field, "OrganisationUnit", opdIds.get(i));
                } else if (!Objects.equals(scope.regionId(), opd.regionId())) {
                    checks.add(ErrorCode.OPD_OUTSIDE_REGION, field, opd.name());
                }
            }
        }).then();
    }

    private Mono<Void> checkUniqueCode(Checks checks, long versionId, String code, Long self) {
        if (code == null) {
            return Mono.empty();
        }
        return indicators.findByCode(versionId, code).filter(other -> !Long.valueOf(other.id()).equals(self))
                .doOnNext(other -> checks.add(ErrorCode.DUPLICATE_CODE, "input.code", code)).then();
    }

    private static Map<String, Object> snapshot(Indicator indicator, List<Target> targets, List<Long> opdIds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", indicator);
        m.put("targets", targets);
        m.put("responsibleOpdIds", opdIds);
        return m;
    }
}
