package id.selaras.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.selaras.audit.Change;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.EventLog;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.plan.repository.PlanRepository;
import id.selaras.plan.repository.VersionCopier;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import id.selaras.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Plans and their versions: who may see them (the public sees all but unopened drafts), creating plans, and the
 * version life cycle DRAFT → IN_CONSULTATION → ADOPTED → SUPERSEDED, with revisions drafted from the adopted version.
 */
@Service
public class PlanService {

    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;

    private final PlanRepository plans;
    private final VersionCopier copier;
    private final RegionService regions;
    private final AccessPolicy access;
    private final EventLog events;
    private final TransactionalOperator tx;

    PlanService(PlanRepository plans, VersionCopier copier, RegionService regions, AccessPolicy access, EventLog events,
                TransactionalOperator tx) {
        this.plans = plans;
        this.copier = copier;
        this.regions = regions;
        this.access = access;
        this.events = events;
        this.tx = tx;
    }

    // ---- visibility -------------------------------------------------------------------------------------------

    /** Whether the actor may read a version: the public reads all but unopened drafts; staff read their region's. */
    public boolean visible(Actor actor, VersionStatus status, String regionCode) {
        return status.publicVisible() || access.canSeeDrafts(actor, regionCode);
    }

    public boolean visible(Actor actor, VersionScope scope) {
        return visible(actor, scope.status(), scope.regionCode());
    }

    /** The scope of a version the actor may read; NOT_FOUND otherwise, so hidden drafts do not reveal themselves. */
    public Mono<VersionScope> readableScope(Actor actor, long versionId) {
        return plans.scope(versionId)
                .filter(s -> visible(actor, s))
                .switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", versionId)));
    }

    /** The scope of a version about to be edited, share-locked for the caller's transaction; only drafts qualify. */
    public Mono<VersionScope> editableScope(long versionId) {
        return plans.lockScope(versionId)
                .switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", versionId)))
                .flatMap(s -> s.status().editable() ? Mono.just(s)
                        : Mono.error(SelarasException.of(ErrorCode.VERSION_NOT_EDITABLE, null, s.status().name())));
    }

    public Mono<VersionScope> scope(long versionId) {
        return plans.scope(versionId);
    }

    public Mono<Map<Long, VersionScope>> scopes(Collection<Long> versionIds) {
        return plans.scopes(versionIds);
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    public Mono<Connection<Plan>> list(Actor actor, PlanKind kind, Long regionId, Boolean reference, Page page) {
        boolean all = actor.has(Role.ADMIN);
        Set<String> draftRegions = actor.regions().stream().filter(r -> access.canSeeDrafts(actor, r))
                .collect(Collectors.toSet());
        return plans.list(kind, regionId, reference, draftRegions, all, page);
    }

    /** A plan, if the actor may see at least one of its versions. */
    public Mono<Plan> plan(Actor actor, long id) {
        return plans.find(id).filterWhen(p -> plans.versionsOfPlans(List.of(id))
                .map(m -> m.getOrDefault(id, List.of()).stream().anyMatch(v -> visible(actor, v.status(), p.regionCode()))));
    }

    public Mono<Map<Long, Plan>> plans(Collection<Long> ids) {
        return plans.findAll(ids);
    }

    public Mono<PlanVersion> version(Actor actor, long id) {
        return readableScope(actor, id).onErrorResume(SelarasException.class, e -> Mono.empty())
                .flatMap(s -> plans.findVersion(id));
    }

    public Mono<Map<Long, PlanVersion>> versions(Collection<Long> ids) {
        return plans.findVersions(ids);
    }

    /** The adopted version of each plan. */
    public Mono<Map<Long, PlanVersion>> adoptedVersions(Collection<Long> planIds) {
        return plans.versionsInStatus(planIds, List.of(VersionStatus.ADOPTED));
    }

    /** The draft of each plan that the actor may see. */
    public Mono<Map<Long, PlanVersion>> currentDrafts(Actor actor, Collection<Plan> list) {
        Map<Long, String> regionOf = list.stream().collect(Collectors.toMap(Plan::id, p -> String.valueOf(p.regionCode()), (a, b) -> a));
        return plans.versionsInStatus(regionOf.keySet(), List.of(VersionStatus.DRAFT, VersionStatus.IN_CONSULTATION))
                .map(m -> m.entrySet().stream()
                        .filter(e -> visible(actor, e.getValue().status(), regionOf.get(e.getKey())))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Every version of each plan that the actor may see, oldest first. */
    public Mono<Map<Long, List<PlanVersion>>> visibleVersions(Actor actor, Collection<Plan> list) {
        Map<Long, String> regionOf = list.stream().collect(Collectors.toMap(Plan::id, p -> String.valueOf(p.regionCode()), (a, b) -> a));
        return plans.versionsOfPlans(regionOf.keySet()).map(m -> m.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .filter(v -> visible(actor, v.status(), regionOf.get(e.getKey()))).toList())));
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    /** A new plan with an empty first draft. */
    public Mono<PlanWithDraft> createPlan(Actor actor, NewPlan input) {
        Checks checks = Checks.start();
        String title = checks.text(input.title(), "input.title", 300);
        String note = checks.optionalText(input.note(), "input.note", 500);
        checks.check(input.periodStart() >= FIRST_YEAR && input.periodStart() <= LAST_YEAR, ErrorCode.OUT_OF_RANGE,
                "input.periodStart", FIRST_YEAR, LAST_YEAR);
        int years = input.periodEnd() - input.periodStart() + 1;
        checks.check(years >= 1 && years <= input.kind().maxYears(), ErrorCode.INVALID_PERIOD, "input.periodEnd",
                input.kind().maxYears());
        checks.check(input.kind().national() == (input.regionId() == null),
                input.kind().national() ? ErrorCode.INVALID_FORMAT : ErrorCode.REQUIRED, "input.regionId");
        boolean reference = input.kind().national() || Boolean.TRUE.equals(input.reference());
        Mono<String> regionCode = input.regionId() == null ? Mono.just("")
                : regions.region(input.regionId()).map(r -> r.code())
                        .switchIfEmpty(Mono.error(SelarasException.notFound("Region", input.regionId())));
        return regionCode.flatMap(code -> {
            if (code.isEmpty()) {
                access.requireAdmin(actor);
            } else {
                access.requirePlanner(actor, code);
            }
            checks.throwIfAny();
            return plans.insert(input.kind(), title, input.regionId(), input.periodStart(), input.periodEnd(), reference,
                            actor.auditName())
                    .flatMap(plan -> plans.insertVersion(plan.id(), VersionStatus.DRAFT, null, note, actor.auditName())
                            .flatMap(v -> events.record(actor, Change.created("Plan", plan.id(), plan.regionId(), null, plan))
                                    .then(events.record(actor, Change.created("PlanVersion", v.id(), plan.regionId(), v.id(), v)))
                                    .thenReturn(new PlanWithDraft(plan, v))));
        }).as(tx::transactional);
    }

    public Mono<Plan> updatePlan(Actor actor, long id, int version, String title, Long ratingSchemeId) {
        Checks checks = Checks.start();
        String t = checks.text(title, "input.title", 300);
        return plans.find(id)
                .switchIfEmpty(Mono.error(SelarasException.notFound("Plan", id)))
                .flatMap(before -> {
                    requireManager(actor, before.regionCode());
                    checks.throwIfAny();
                    return plans.update(id, version, t, ratingSchemeId == null ? before.ratingSchemeId() : ratingSchemeId)
                            .switchIfEmpty(Mono.error(SelarasException.conflict("Plan")))
                            .flatMap(after -> events.record(actor, Change.updated("Plan", id, after.regionId(), null, before, after))
                                    .thenReturn(after));
                })
                .as(tx::transactional);
    }

    public Mono<PlanVersion> openForConsultation(Actor actor, long versionId, int version) {
        return transition(actor, versionId, version, Set.of(VersionStatus.DRAFT), VersionStatus.IN_CONSULTATION);
    }

    public Mono<PlanVersion> returnToDraft(Actor actor, long versionId, int version) {
        return transition(actor, versionId, version, Set.of(VersionStatus.IN_CONSULTATION), VersionStatus.DRAFT);
    }

    /** Adopts a draft; the version in force before becomes SUPERSEDED. Adopted versions never change again. */
    public Mono<PlanVersion> adopt(Actor actor, long versionId, int version) {
        return transition(actor, versionId, version, Set.of(VersionStatus.DRAFT, VersionStatus.IN_CONSULTATION),
                VersionStatus.ADOPTED);
    }

    private Mono<PlanVersion> transition(Actor actor, long versionId, int version, Set<VersionStatus> from,
                                         VersionStatus to) {
        return plans.scope(versionId)
                .switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", versionId)))
                .flatMap(scope -> {
                    requireManager(actor, scope.regionCode());
                    if (!from.contains(scope.status())) {
                        return Mono.error(SelarasException.of(ErrorCode.INVALID_STATUS_TRANSITION, null,
                                scope.status().name(), to.name()));
                    }
                    Mono<Void> supersede = to != VersionStatus.ADOPTED ? Mono.empty()
                            : plans.supersede(scope.planId()).flatMap(old -> events.record(actor, new Change("PlanVersion",
                                    old.id(), ChangeAction.STATUS_CHANGED, scope.regionId(), old.id(),
                                    Map.of("status", VersionStatus.ADOPTED), Map.of("status", VersionStatus.SUPERSEDED)))).then();
                    return plans.findVersion(versionId).flatMap(before -> supersede
                            .then(plans.changeStatus(versionId, version, to, actor.auditName()))
                            .switchIfEmpty(Mono.error(SelarasException.conflict("PlanVersion")))
                            .flatMap(after -> events.record(actor, new Change("PlanVersion", versionId,
                                    ChangeAction.STATUS_CHANGED, scope.regionId(), versionId, before, after)).thenReturn(after)));
                })
                .as(tx::transactional);
    }

    /** Starts a revision (perubahan): a new draft with a copy of everything in the adopted version. */
    public Mono<PlanVersion> revise(Actor actor, long planId, String note) {
        Checks checks = Checks.start();
        String n = checks.optionalText(note, "input.note", 500);
        return plans.find(planId)
                .switchIfEmpty(Mono.error(SelarasException.notFound("Plan", planId)))
                .flatMap(plan -> {
                    requireManager(actor, plan.regionCode());
                    checks.throwIfAny();
                    return plans.versionsOfPlans(List.of(planId)).flatMap(all -> {
                                var versions = all.getOrDefault(planId, List.of());
                                if (versions.stream().anyMatch(v -> v.status().editable())) {
                                    return Mono.error(SelarasException.of(ErrorCode.DRAFT_EXISTS, null));
                                }
                                var adopted = versions.stream().filter(v -> v.status() == VersionStatus.ADOPTED).findFirst();
                                if (adopted.isEmpty()) {
                                    return Mono.error(SelarasException.of(ErrorCode.NO_ADOPTED_VERSION, null));
                                }
                                long from = adopted.get().id();
                                return plans.insertVersion(planId, VersionStatus.DRAFT, from, n, actor.auditName())
                                        .flatMap(v -> copier.copy(from, v.id())
                                                .then(events.record(actor, Change.created("PlanVersion", v.id(),
                                                        plan.regionId(), v.id(), v)))
                                                .thenReturn(v));
                    });
                })
                .as(tx::transactional);
    }

    /** Discards a draft that was never adopted, with everything in it. */
    public Mono<Long> deleteVersion(Actor actor, long versionId, int version) {
        return plans.scope(versionId)
                .switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", versionId)))
                .flatMap(scope -> {
                    requireManager(actor, scope.regionCode());
                    if (!scope.status().editable()) {
                        return Mono.error(SelarasException.of(ErrorCode.VERSION_NOT_EDITABLE, null, scope.status().name()));
                    }
                    return plans.findVersion(versionId).flatMap(before -> plans.deleteVersion(versionId, version)
                            .flatMap(n -> n == 0 ? Mono.error(SelarasException.conflict("PlanVersion"))
                                    : events.record(actor, Change.deleted("PlanVersion", versionId, scope.regionId(),
                                            versionId, before)))
                            .thenReturn(versionId));
                })
                .as(tx::transactional);
    }

    private void requireManager(Actor actor, String regionCode) {
        if (regionCode == null) {
            access.requireAdmin(actor);
        } else {
            access.requirePlanner(actor, regionCode);
        }
    }

    /** What {@link #createPlan} needs. */
    public record NewPlan(PlanKind kind, String title, Long regionId, int periodStart, int periodEnd, Boolean reference,
                          String note) {
    }

    /** A plan and its first draft. */
    public record PlanWithDraft(Plan plan, PlanVersion draft) {
    }
}
