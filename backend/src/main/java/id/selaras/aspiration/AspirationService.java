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
        return staffEditing(actor, id, (before, region) -> {
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
                                    region.id(), null, before, step).about(topicOf(after))).thenReturn(step)));
        });
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
}
