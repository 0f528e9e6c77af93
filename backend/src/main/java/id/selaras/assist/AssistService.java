package id.selaras.assist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import id.selaras.aspiration.Aspiration;
import id.selaras.aspiration.AspirationLink;
import id.selaras.aspiration.AspirationService;
import id.selaras.assist.duplicates.DuplicateFinder;
import id.selaras.assist.groups.OpinionClustering;
import id.selaras.assist.groups.OpinionGroups;
import id.selaras.assist.repository.AssistRepository;
import id.selaras.assist.routing.Feedback;
import id.selaras.assist.routing.PlanCorpus;
import id.selaras.assist.routing.RoutingIndex;
import id.selaras.assist.routing.Suggestion;
import id.selaras.audit.Change;
import id.selaras.audit.EventLog;
import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import id.selaras.consultation.Consultation;
import id.selaras.consultation.ConsultationService;
import id.selaras.plan.PlanService;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Assisted planning (issue 10): suggestions where an aspiration belongs (program, indicator, OPD) with the words
 * that matched, learning from what officers confirm and reject; opinion groups of a consultation; near-duplicate
 * aspirations and comments. Nothing is decided here: officers confirm, through the same rules as a manual triage.
 * Suggestions and duplicates are for the region's staff; opinion groups for whoever may read the consultation.
 */
@Service
public class AssistService {

    /** Bursts of reactions recompute a consultation's groups at most this often. */
    static final Duration DEBOUNCE = Duration.ofSeconds(3);

    private final AssistRepository repo;
    private final AspirationService aspirations;
    private final RegionService regions;
    private final ConsultationService consultations;
    private final PlanService plans;
    private final AccessPolicy access;
    private final EventLog events;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final OpinionClustering clustering = new OpinionClustering();
    private final DuplicateFinder duplicates = new DuplicateFinder();

    private record CachedIndex(long stamp, Mono<RoutingIndex> index) {
    }

    private record CachedGroups(String stamp, Instant at, Mono<OpinionGroups> groups) {
    }

    private final Map<Long, CachedIndex> indexes = new ConcurrentHashMap<>();
    private final Map<Long, CachedGroups> groups = new ConcurrentHashMap<>();

    AssistService(AssistRepository repo, AspirationService aspirations, RegionService regions, ConsultationService consultations,
                  PlanService plans, AccessPolicy access, EventLog events, TransactionalOperator tx) {
        this.repo = repo;
        this.aspirations = aspirations;
        this.regions = regions;
        this.consultations = consultations;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.tx = tx;
        this.clock = Clock.systemUTC();
    }

    // ---- routing --------------------------------------------------------------------------------------------------

    /** The in-memory index of a plan version, rebuilt (lazily) when an event changed the version since it was built. */
    Mono<RoutingIndex> index(long planVersionId) {
        return repo.stamp(planVersionId).flatMap(stamp -> {
            CachedIndex cached = indexes.get(planVersionId);
            if (cached != null && cached.stamp() >= stamp) {
                return cached.index();
            }
            Mono<RoutingIndex> built = repo.corpus(planVersionId, stamp)
                    .publishOn(Schedulers.boundedElastic()).map(RoutingIndex::new)
                    .doOnError(e -> indexes.remove(planVersionId)).cache();
            indexes.put(planVersionId, new CachedIndex(stamp, built));
            return built;
        });
    }

    /** Suggestions for one aspiration; FORBIDDEN unless the actor is staff of its region. */
    public Mono<List<Suggestion>> suggestions(Actor actor, long aspirationId, int first) {
        return aspirations.aspirations(List.of(aspirationId)).flatMap(found -> {
            Aspiration a = found.get(aspirationId);
            if (a == null) {
                return Mono.error(SelarasException.notFound("Aspiration", aspirationId));
            }
            return regions.region(a.regionId()).flatMap(region -> {
                if (!access.canSeeDrafts(actor, region.code())) {
                    return Mono.error(SelarasException.of(actor.anonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN_REGION, null));
                }
                return suggestions(actor, List.of(a), first).map(m -> m.getOrDefault(aspirationId, List.of()));
            });
        });
    }

    /**
     * Suggestions for a list of aspirations (a few queries for the whole list: regions, plan versions, feedback);
     * aspirations whose region the actor is not staff of get none.
     */
    public Mono<Map<Long, List<Suggestion>>> suggestions(Actor actor, Collection<Aspiration> list, int first) {
        int k = Math.max(1, Math.min(first, 20));
        List<Long> regionIds = list.stream().map(Aspiration::regionId).distinct().toList();
        if (regionIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return regions.regions(regionIds).flatMap(found -> {
            List<Long> staff = regionIds.stream().filter(r -> found.containsKey(r) && access.canSeeDrafts(actor, found.get(r).code()))
                    .toList();
            if (staff.isEmpty()) {
                return Mono.just(Map.<Long, List<Suggestion>>of());
            }
            return Mono.zip(repo.routingVersions(staff), repo.verdicts(staff)).flatMap(t -> {
                Map<Long, Long> versions = t.getT1();
                Map<Long, List<AssistRepository.Verdict>> verdicts = t.getT2();
                return reactor.core.publisher.Flux.fromIterable(versions.entrySet())
                        .concatMap(e -> index(e.getValue()).map(ix -> Map.entry(e.getKey(), ix)))
                        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                        .map(byRegion -> {
                            Map<Long, Feedback> feedback = new HashMap<>();
                            Map<Long, List<Suggestion>> out = new HashMap<>();
                            for (Aspiration a : list) {
                                RoutingIndex ix = byRegion.get(a.regionId());
                                if (ix == null) {
                                    continue;
                                }
                                Feedback f = feedback.computeIfAbsent(a.regionId(),
                                        r -> feedback(ix.corpus(), verdicts.getOrDefault(r, List.of())));
                                out.put(a.id(), ix.suggest(text(a), k, f));
                            }
                            return out;
                        });
            });
        });
    }

    /** Verdicts as the router's feedback, on the nodes of this corpus (matched by code, so they carry over revisions). */
    static Feedback feedback(PlanCorpus corpus, List<AssistRepository.Verdict> verdicts) {
        Map<String, Long> byCode = new HashMap<>();
        Set<Long> ids = new java.util.HashSet<>();
        for (PlanCorpus.Target t : corpus.targets()) {
            if (t.code() != null) {
                byCode.put(t.code(), t.nodeId());
            }
            ids.add(t.nodeId());
        }
        Feedback f = new Feedback();
        for (AssistRepository.Verdict v : verdicts) {
            Long node = v.nodeCode() != null && byCode.containsKey(v.nodeCode()) ? byCode.get(v.nodeCode())
                    : ids.contains(v.nodeId()) ? v.nodeId() : null;
            if (node == null) {
                continue;
            }
            if (v.confirmed()) {
                f.confirmed(node, v.opdId(), v.terms());
            } else {
                f.rejected(node, v.terms());
            }
        }
        return f;
    }

    private static String text(Aspiration a) {
        return a.title() + ". " + a.body();
    }

    /**
     * An officer confirms a suggestion: the aspiration is linked to the node (and indicator) on top of its links so far,
     * and assigned to the OPD (when given); the router remembers it. Authorization, version check and events are those
     * of a triage.
     */
    public Mono<Aspiration> confirm(Actor actor, long aspirationId, int version, long nodeId, Long indicatorId, Long opdId) {
        return aspirations.editable(actor, aspirationId).flatMap(a -> target(a, nodeId, indicatorId).flatMap(found ->
                aspirations.links(List.of(aspirationId)).flatMap(links -> {
                    List<AspirationLink> current = links.getOrDefault(aspirationId, List.of());
                    Set<Long> nodes = new LinkedHashSet<>();
                    Set<Long> inds = new LinkedHashSet<>();
                    current.forEach(l -> {
                        if (l.nodeId() != null) {
                            nodes.add(l.nodeId());
                        }
                        if (l.indicatorId() != null) {
                            inds.add(l.indicatorId());
                        }
                    });
                    nodes.add(nodeId);
                    if (indicatorId != null) {
                        inds.add(indicatorId);
                    }
                    Long opd = opdId != null ? opdId : a.assignedOpdId();
                    return aspirations.triage(actor, aspirationId, version, opd, List.copyOf(nodes), List.copyOf(inds))
                            .flatMap(after -> repo.recordVerdict(aspirationId, a.regionId(), found.version(), nodeId,
                                    found.target().code(), indicatorId, opd, true, List.copyOf(RoutingIndex.stemsOf(text(a))),
                                    actor.auditName()).thenReturn(after));
                }))).as(tx::transactional);
    }

    /** An officer rejects a suggestion: nothing is linked; the router ranks the node lower for such words. */
    public Mono<Aspiration> reject(Actor actor, long aspirationId, long nodeId) {
        return aspirations.editable(actor, aspirationId).flatMap(a -> target(a, nodeId, null).flatMap(found ->
                repo.recordVerdict(aspirationId, a.regionId(), found.version(), nodeId, found.target().code(), null, null, false,
                                List.copyOf(RoutingIndex.stemsOf(text(a))), actor.auditName())
                        .then(events.record(actor, Change.updated("Aspiration", aspirationId, a.regionId(), null, null,
                                Map.of("rejectedSuggestionNodeId", nodeId))))
                        .thenReturn(a))).as(tx::transactional);
    }

    private record Found(long version, PlanCorpus.Target target) {
    }

    /** The node as a target of the routing version of the aspiration's region; NOT_SUGGESTED when it is not one. */
    private Mono<Found> target(Aspiration a, long nodeId, Long indicatorId) {
        return repo.routingVersion(a.regionId())
                .switchIfEmpty(Mono.error(SelarasException.of(ErrorCode.NO_ROUTING_PLAN, "input.aspirationId")))
                .flatMap(v -> index(v).map(ix -> {
                    PlanCorpus.Target t = ix.corpus().targets().stream().filter(x -> x.nodeId() == nodeId).findFirst()
                            .orElseThrow(() -> SelarasException.of(ErrorCode.NOT_SUGGESTED, "input.nodeId"));
                    if (indicatorId != null && t.indicators().stream().noneMatch(i -> i.indicatorId() == indicatorId)) {
                        throw SelarasException.of(ErrorCode.NOT_SUGGESTED, "input.indicatorId");
                    }
                    return new Found(v, t);
                }));
    }

    // ---- duplicates ---------------------------------------------------------------------------------------------

    /** Open aspirations of a region that say the same thing (staff of the region). */
    public Mono<List<DuplicateFinder.Group>> duplicateAspirations(Actor actor, long regionId, String status) {
        return regions.region(regionId).switchIfEmpty(Mono.error(SelarasException.notFound("Region", regionId)))
                .flatMap(region -> {
                    requireStaff(actor, region);
                    return repo.aspirationTexts(regionId, status);
                })
                .publishOn(Schedulers.boundedElastic()).map(duplicates::groups);
    }

    /** Comments of a consultation that say the same thing (staff of its region). */
    public Mono<List<DuplicateFinder.Group>> duplicateComments(Actor actor, long consultationId) {
        return consultation(actor, consultationId).flatMap(c -> plans.scope(c.planVersionId()))
                .flatMap(scope -> {
                    if (scope.regionCode() == null || !access.canSeeDrafts(actor, scope.regionCode())) {
                        return Mono.error(SelarasException.of(actor.anonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN_REGION, null));
                    }
                    return repo.commentTexts(consultationId);
                })
                .publishOn(Schedulers.boundedElastic()).map(duplicates::groups);
    }

    /** Merges duplicates into a primary aspiration (see {@link AspirationService#merge}). */
    public Mono<Aspiration> merge(Actor actor, long primaryId, int version, List<Long> duplicateIds) {
        return aspirations.merge(actor, primaryId, version, duplicateIds);
    }

    private void requireStaff(Actor actor, Region region) {
        if (!access.canSeeDrafts(actor, region.code())) {
            throw SelarasException.of(actor.anonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN_REGION, null);
        }
    }

    // ---- opinion groups -------------------------------------------------------------------------------------------

    /** A computed grouping with when it was computed. */
    public record Computed(Consultation consultation, OpinionGroups groups, Instant computedAt) {
    }

    /**
     * Opinion groups of a consultation, for whoever may read it. Cached per consultation and keyed by the state of its
     * votes; a burst of new reactions recomputes at most once per {@link #DEBOUNCE} (the result is then up to that
     * old). The computation runs off the request threads.
     */
    public Mono<Computed> opinionGroups(Actor actor, long consultationId) {
        return consultation(actor, consultationId).flatMap(c -> repo.votesStamp(consultationId).flatMap(stamp -> {
            Instant now = clock.instant();
            CachedGroups cached = groups.get(consultationId);
            if (cached != null && (cached.stamp().equals(stamp) || cached.at().plus(DEBOUNCE).isAfter(now))) {
                return cached.groups().map(g -> new Computed(c, g, cached.at()));
            }
            Mono<OpinionGroups> computed = repo.votes(consultationId).publishOn(Schedulers.boundedElastic())
                    .map(clustering::compute).doOnError(e -> groups.remove(consultationId)).cache();
            groups.put(consultationId, new CachedGroups(stamp, now, computed));
            return computed.map(g -> new Computed(c, g, now));
        }));
    }

    private Mono<Consultation> consultation(Actor actor, long id) {
        return consultations.consultation(actor, id).switchIfEmpty(Mono.error(SelarasException.notFound("Consultation", id)));
    }

    /** Ids of the comments an opinion-groups result names (to load them in one batch). */
    public static List<Long> commentIds(OpinionGroups g) {
        List<Long> ids = new ArrayList<>();
        g.groups().forEach(x -> x.distinguishing().forEach(s -> ids.add(s.commentId())));
        g.consensus().forEach(s -> ids.add(s.commentId()));
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
