package id.selaras.aspiration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.selaras.aspiration.repository.AspirationRepository;
import id.selaras.audit.Change;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.EventLog;
import id.selaras.cascade.CascadeService;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.indicator.IndicatorService;
import id.selaras.plan.PlanService;
import id.selaras.region.Region;
import id.selaras.region.RegionLevel;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import id.selaras.security.Idempotency;
import id.selaras.security.RateLimiter;
import id.selaras.security.Role;
import id.selaras.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Citizens' aspirations (usulan): a citizen submits one for a region (and kelurahan/kecamatan); officers of the
 * region triage it (link it to indicators or programs, assign an OPD) and move it through review to an outcome, each
 * step with a public reason the citizen follows. Individual aspirations are seen by their author and the region's
 * staff; the public sees counts.
 */
@Service
public class AspirationService {

    private final AspirationRepository aspirations;
    private final RegionService regions;
    private final CascadeService cascade;
    private final IndicatorService indicators;
    private final PlanService plans;
    private final AccessPolicy access;
    private final RateLimiter rateLimiter;
    private final Idempotency idempotency;
    private final EventLog events;
    private final TransactionalOperator tx;

    AspirationService(AspirationRepository aspirations, RegionService regions, CascadeService cascade,
                      IndicatorService indicators, PlanService plans, AccessPolicy access, RateLimiter rateLimiter,
                      Idempotency idempotency, EventLog events, TransactionalOperator tx) {
        this.aspirations = aspirations;
        this.regions = regions;
        this.cascade = cascade;
        this.indicators = indicators;
        this.plans = plans;
        this.access = access;
        this.rateLimiter = rateLimiter;
        this.idempotency = idempotency;
        this.events = events;
        this.tx = tx;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** The author, and staff of its region, may read an aspiration. */
    public boolean readable(Actor actor, Aspiration a, String regionCode) {
        return (!actor.anonymous() && a.author().equals(actor.subject())) || access.canSeeDrafts(actor, regionCode);
    }

    public Mono<Aspiration> aspiration(Actor actor, long id) {
        return aspirations.find(id).filterWhen(a -> regions.region(a.regionId()).map(r -> readable(actor, a, r.code())));
    }

    public Mono<Map<Long, Aspiration>> aspirations(Collection<Long> ids) {
        return aspirations.findAll(ids);
    }

    /** The actor's own aspirations ({@code mine}), else those of the regions whose staff the actor is. */
    public Mono<Connection<Aspiration>> list(Actor actor, boolean mine, Long regionId, AspirationStatus status,
                                            AspirationTopic topic, Page page) {
        if (mine || !isStaff(actor)) {
            access.requireSignedIn(actor);
            return aspirations.list(actor.subject(), null, status, topic, page);
        }
        Mono<List<Long>> regionIds = regionId != null
                ? regions.region(regionId).filter(r -> access.canSeeDrafts(actor, r.code())).map(r -> List.of(r.id()))
                        .switchIfEmpty(Mono.error(SelarasException.of(ErrorCode.FORBIDDEN_REGION, "region")))
                : reactor.core.publisher.Flux.fromIterable(actor.regions()).concatMap(regions::regionByCode).map(Region::id)
                        .collectList();
        return regionIds.flatMap(ids -> aspirations.list(null, ids, status, topic, page));
    }

    public Mono<AspirationStatistics> statistics(long regionId) {
        return aspirations.statistics(regionId);
    }

    public Mono<Map<Long, List<AspirationStep>>> steps(Collection<Long> ids) {
        return aspirations.steps(ids);
    }

    public Mono<Map<Long, List<AspirationLink>>> links(Collection<Long> ids) {
        return aspirations.links(ids);
    }

    /** For each merged aspiration of the list, the primary's id. */
    public Mono<Map<Long, Long>> primaryIds(Collection<Long> ids) {
        return aspirations.primaryIds(ids);
    }

    /** For each aspiration of the list, the ids merged into it. */
    public Mono<Map<Long, List<Long>>> mergedIds(Collection<Long> ids) {
        return aspirations.mergedIds(ids);
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    public Mono<Aspiration> submit(Actor actor, String address, NewAspiration in) {
        access.requireScope(actor, Scope.COMMENT);
        Checks checks = Checks.start();
        String title = checks.text(in.title(), "input.title", 200);
        String body = checks.text(in.body(), "input.body", 5000);
        AspirationTopic topic = topic(checks, in.topic());
        return rateLimiter.check(actor, address, "aspiration")
                .then(regions.region(in.regionId()).switchIfEmpty(Mono.error(SelarasException.notFound("Region", in.regionId()))))
                .flatMap(region -> checkArea(checks, region, in.areaId()).then(Mono.defer(() -> {
                    checks.throwIfAny();
                    Mono<Long> create = aspirations.insert(region.id(), in.areaId(), actor.subject(), title, body, topic)
                            .flatMap(a -> aspirations.addStep(a.id(), AspirationStatus.RECEIVED, null, actor.auditName())
                                    .then(events.record(actor, Change.created("Aspiration", a.id(), region.id(), null, a)
                                            .about(topicOf(a))))
                                    .thenReturn(a.id()));
                    return idempotency.once(actor, in.idempotencyKey(), "submitAspiration", create, aspirations::find);
                })));
    }

    /** Links an aspiration to the indicators and programs it concerns and assigns the responsible OPD. */
    public Mono<Aspiration> triage(Actor actor, long id, int version, Long opdId, List<Long> nodeIds, List<Long> indicatorIds) {
        return staffEditing(actor, id, (before, region) -> {
            Checks checks = Checks.start();
            return checkLinks(checks, region, opdId, nodeIds, indicatorIds).then(Mono.defer(() -> {
                checks.throwIfAny();
                return aspirations.assign(id, version, opdId)
                        .switchIfEmpty(Mono.error(SelarasException.conflict("Aspiration")))
                        .flatMap(after -> aspirations.replaceLinks(id, nodeIds, indicatorIds, actor.auditName())
                                .then(events.record(actor, Change.updated("Aspiration", id, region.id(), null, before,
                                        java.util.Map.of("aspiration", after, "nodeIds", nodeIds, "indicatorIds", indicatorIds))
                                        .about(topicOf(after))))
                                .thenReturn(after));
            }));
        });
    }

    /** Moves an aspiration on; an outcome always comes with the public reason the citizen will read. */
    public Mono<AspirationStep> changeStatus(Actor actor, long id, int version, AspirationStatus status, String reason) {
        return aspirations.primaryIds(List.of(id)).flatMap(merged -> merged.isEmpty() ? Mono.<Void>empty()
                : Mono.<Void>error(SelarasException.of(ErrorCode.ALREADY_MERGED, "input.id", id)))
                .then(staffEditing(actor, id, (before, region) -> {
            Checks checks = Checks.start();
            String r = checks.optionalText(reason, "input.reason", 2000);
            checks.check(before.status().next().contains(status), ErrorCode.INVALID_STATUS_TRANSITION, "input.status",
                    before.status().name(), status.name());
            checks.check(r != null || !status.outcome(), ErrorCode.REASON_REQUIRED, "input.reason");
            checks.throwIfAny();
            return aspirations.changeStatus(id, version, status)
                    .switchIfEmpty(Mono.error(SelarasException.conflict("Aspiration")))
                    .flatMap(after -> aspirations.addStep(id, status, r, actor.auditName())
                            .flatMap(step -> events.record(actor, new Change("Aspiration", id, ChangeAction.STATUS_CHANGED,
                                    region.id(), null, before, step).about(topicOf(after)))
                                    .then(propagate(actor, id, region, status, r))
                                    .thenReturn(step)));
        }));
    }

    /** Aspirations merged into this one take its new status, each with the same public reason and an event for its author. */
    private Mono<Void> propagate(Actor actor, long primaryId, Region region, AspirationStatus status, String reason) {
        return aspirations.mergedInto(primaryId).flatMapMany(reactor.core.publisher.Flux::fromIterable)
                .concatMap(m -> aspirations.followStatus(m.id(), status)
                        .flatMap(after -> aspirations.addStep(m.id(), status, reason, actor.auditName())
                                .flatMap(step -> events.record(actor, new Change("Aspiration", m.id(), ChangeAction.STATUS_CHANGED,
                                        region.id(), null, m, step).about(topicOf(after))))))
                .then();
    }

    /**
     * Merges aspirations that say the same thing into a primary one (issue 10): they keep their authors and texts,
     * take the primary's status now and follow every later status change of it, each author told by an event.
     * The actor must be allowed to edit the primary and every duplicate; all must be of one region.
     */
    public Mono<Aspiration> merge(Actor actor, long primaryId, int version, List<Long> duplicateIds) {
        Checks checks = Checks.start();
        checks.check(duplicateIds != null && !duplicateIds.isEmpty(), ErrorCode.REQUIRED, "input.duplicateIds");
        checks.throwIfAny();
        List<Long> ids = duplicateIds.stream().distinct().toList();
        for (int i = 0; i < duplicateIds.size(); i++) {
            checks.check(duplicateIds.get(i) != primaryId, ErrorCode.MERGE_INTO_SELF, "input.duplicateIds[" + i + "]");
        }
        checks.throwIfAny();
        return staffEditing(actor, primaryId, (primary, region) -> aspirations.primaryIds(List.of(primaryId)).flatMap(p -> {
            if (!p.isEmpty()) {
                return Mono.error(SelarasException.of(ErrorCode.ALREADY_MERGED, "input.id", primaryId));
            }
            return aspirations.findAll(ids).zipWith(aspirations.primaryIds(ids)).zipWith(aspirations.mergedIds(ids))
                    .flatMap(t -> {
                        Map<Long, Aspiration> found = t.getT1().getT1();
                        Map<Long, Long> merged = t.getT1().getT2();
                        Map<Long, List<Long>> children = t.getT2();
                        for (int i = 0; i < duplicateIds.size(); i++) {
                            long d = duplicateIds.get(i);
                            Aspiration a = found.get(d);
                            String field = "input.duplicateIds[" + i + "]";
                            if (a == null) {
                                checks.add(ErrorCode.NOT_FOUND, field, "Aspiration", d);
                            } else if (a.regionId() != region.id()) {
                                checks.add(ErrorCode.MERGE_ACROSS_REGIONS, field);
                            } else if (merged.containsKey(d) || children.containsKey(d)) {
                                checks.add(ErrorCode.ALREADY_MERGED, field, d);
                            }
                        }
                        checks.throwIfAny();
                        return reactor.core.publisher.Flux.fromIterable(ids).concatMap(d -> mayEdit(actor, found.get(d), region)
                                        .filter(Boolean::booleanValue)
                                        .switchIfEmpty(Mono.error(SelarasException.of(ErrorCode.FORBIDDEN_OPD, null))))
                                .then(aspirations.changeStatus(primaryId, version, primary.status())
                                        .switchIfEmpty(Mono.error(SelarasException.conflict("Aspiration"))))
                                .flatMap(after -> aspirations.merge(ids, primaryId, primary.status())
                                        .flatMapMany(reactor.core.publisher.Flux::fromIterable)
                                        .concatMap(dup -> events.record(actor, Change.updated("Aspiration", dup.id(), region.id(), null,
                                                found.get(dup.id()), Map.of("aspiration", dup, "mergedIntoId", primaryId))
                                                .about(topicOf(dup))))
                                        .then(events.record(actor, Change.updated("Aspiration", primaryId, region.id(), null, primary,
                                                Map.of("aspiration", after, "mergedIds", ids)).about(topicOf(after))))
                                        .thenReturn(after));
                    });
        }));
    }

    /** The aspiration, when the actor may triage it and change its status; an error otherwise (for other features). */
    public Mono<Aspiration> editable(Actor actor, long id) {
        return staffEditing(actor, id, (a, region) -> Mono.just(a));
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    /** What {@link #submit} needs. */
    public record NewAspiration(long regionId, Long areaId, String title, String body, String topic, String idempotencyKey) {
    }

    static Change.Topic topicOf(Aspiration a) {
        return new Change.Topic("Aspiration", a.id(), null, a.author());
    }

    private static AspirationTopic topic(Checks checks, String topic) {
        if (topic == null) {
            checks.add(ErrorCode.REQUIRED, "input.topic");
            return null;
        }
        try {
            return AspirationTopic.valueOf(topic.strip());
        } catch (IllegalArgumentException e) {
            checks.add(ErrorCode.UNKNOWN_TOPIC, "input.topic", topic.length() > 40 ? topic.substring(0, 40) : topic);
            return null;
        }
    }

    private Mono<Void> checkArea(Checks checks, Region region, Long areaId) {
        checks.check(region.level() == RegionLevel.KOTA || region.level() == RegionLevel.KABUPATEN
                || region.level() == RegionLevel.PROVINSI, ErrorCode.INVALID_FORMAT, "input.regionId");
        if (areaId == null) {
            return Mono.empty();
        }
        return regions.region(areaId).doOnNext(area -> checks.check(
                        (area.level() == RegionLevel.KECAMATAN || area.level() == RegionLevel.KELURAHAN
                                || area.level() == RegionLevel.DESA) && area.code().startsWith(region.code() + "."),
                        ErrorCode.AREA_OUTSIDE_REGION, "input.areaId"))
                .switchIfEmpty(Mono.fromRunnable(() -> checks.add(ErrorCode.NOT_FOUND, "input.areaId", "Region", areaId)))
                .then();
    }

    private Mono<Void> checkLinks(Checks checks, Region region, Long opdId, List<Long> nodeIds, List<Long> indicatorIds) {
        Mono<Void> opd = opdId == null ? Mono.empty() : regions.opd(opdId)
                .doOnNext(o -> checks.check(o.regionId() == region.id(), ErrorCode.OPD_OUTSIDE_REGION, "input.assignedOpdId", o.name()))
                .switchIfEmpty(Mono.fromRunnable(() -> checks.add(ErrorCode.NOT_FOUND, "input.assignedOpdId", "OrganisationUnit", opdId)))
                .then();
        Mono<Void> nodes = cascade.nodes(nodeIds).flatMap(found -> plans.scopes(found.values().stream()
                .map(n -> n.planVersionId()).distinct().toList()).doOnNext(scopes -> {
                    for (int i = 0; i < nodeIds.size(); i++) {
                        var n = found.get(nodeIds.get(i));
                        checks.check(n != null && Objects.equals(scopes.get(n.planVersionId()).regionId(), region.id()),
                                ErrorCode.DIFFERENT_VERSION, "input.nodeIds[" + i + "]");
                    }
                })).then();
        Mono<Void> inds = indicators.indicators(indicatorIds).flatMap(found -> plans.scopes(found.values().stream()
                .map(n -> n.planVersionId()).distinct().toList()).doOnNext(scopes -> {
                    for (int i = 0; i < indicatorIds.size(); i++) {
                        var n = found.get(indicatorIds.get(i));
                        checks.check(n != null && Objects.equals(scopes.get(n.planVersionId()).regionId(), region.id()),
                                ErrorCode.DIFFERENT_VERSION, "input.indicatorIds[" + i + "]");
                    }
                })).then();
        return opd.then(nodes).then(inds);
    }

    private static boolean isStaff(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.OPD_OFFICER) || actor.has(Role.BAPPEDA_PLANNER) || actor.has(Role.MODERATOR);
    }

    @FunctionalInterface
    private interface Edit<T> {
        Mono<T> apply(Aspiration aspiration, Region region);
    }

    /** Triage and status changes: planners of the region and its officers (an assigned aspiration: its OPD's). */
    private <T> Mono<T> staffEditing(Actor actor, long id, Edit<T> edit) {
        return aspirations.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("Aspiration", id)))
                .flatMap(a -> regions.region(a.regionId()).flatMap(region -> {
                    access.requireScope(actor, Scope.WRITE_PLAN);
                    if (!access.isPlanner(actor, region.code())) {
                        if (!actor.has(Role.OPD_OFFICER) || !actor.inRegion(region.code())) {
                            return Mono.error(SelarasException.of(ErrorCode.FORBIDDEN, null));
                        }
                        if (a.assignedOpdId() != null) {
                            return regions.opd(a.assignedOpdId()).flatMap(opd -> actor.memberOf(region.code(), opd.code())
                                    ? edit.apply(a, region) : Mono.error(SelarasException.of(ErrorCode.FORBIDDEN_OPD, null)));
                        }
                    }
                    return edit.apply(a, region);
                }))
                .as(tx::transactional);
    }

    /** Whether the actor may edit an aspiration of the region (the rule of {@link #staffEditing}), without failing. */
    private Mono<Boolean> mayEdit(Actor actor, Aspiration a, Region region) {
        if (access.isPlanner(actor, region.code())) {
            return Mono.just(true);
        }
        if (!actor.has(Role.OPD_OFFICER) || !actor.inRegion(region.code())) {
            return Mono.just(false);
        }
        if (a.assignedOpdId() == null) {
            return Mono.just(true);
        }
        return regions.opd(a.assignedOpdId()).map(opd -> actor.memberOf(region.code(), opd.code())).defaultIfEmpty(false);
    }
}
