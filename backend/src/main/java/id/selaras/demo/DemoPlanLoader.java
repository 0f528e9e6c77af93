package id.selaras.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeService;
import id.selaras.consultation.ConsultationKind;
import id.selaras.consultation.ConsultationService;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Period;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.RealisationService;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.region.Region;
import id.selaras.region.RegionLevel;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import org.springframework.core.io.Resource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads a demo plan from JSON (the format of {@code demo/kota-magelang-rpjmd.json}) through the services, so every
 * rule applies and every change is an event: regions, OPDs, the cascade with indicators, cross-cutting links;
 * adopts it, records its realisations, then drafts the revision (perubahan) and opens it for consultation. All of
 * it in one transaction: a failure leaves nothing behind.
 */
@Component
public class DemoPlanLoader {

    private final RegionService regions;
    private final PlanService plans;
    private final CascadeService cascade;
    private final IndicatorService indicators;
    private final RealisationService realisations;
    private final ConsultationService consultations;
    private final ObjectMapper json;
    private final TransactionalOperator tx;
    private final DatabaseClient db;

    DemoPlanLoader(RegionService regions, PlanService plans, CascadeService cascade, IndicatorService indicators,
                   RealisationService realisations, ConsultationService consultations, ObjectMapper json,
                   TransactionalOperator tx, DatabaseClient db) {
        this.regions = regions;
        this.plans = plans;
        this.cascade = cascade;
        this.indicators = indicators;
        this.realisations = realisations;
        this.consultations = consultations;
        this.json = json;
        this.tx = tx;
        this.db = db;
    }

    /** Loads the plan; emits the revision draft (version 2) when the file describes one, else the adopted version. */
    public Mono<PlanVersion> load(Resource resource) {
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            return Mono.error(e);
        }
        return load(root);
    }

    /**
     * Loads one plan described as in {@code demo/kota-magelang-rpjmd.json}; a plan without {@code region} is national,
     * {@code plan.reference} makes it a reference plan, and an indicator's {@code alignedTo} lists codes of reference
     * indicators (already loaded, see {@link ReferencePlanLoader}) that it supports.
     */
    Mono<PlanVersion> load(JsonNode root) {
        Context ctx = new Context();
        Actor actor = Actor.SYSTEM;
        JsonNode planJson = root.path("plan");
        Mono<Optional<Region>> planRegion = planJson.has("region")
                ? regions.regionByCode(planJson.path("region").asString()).map(Optional::of)
                : Mono.just(Optional.empty());
        return Flux.fromIterable(root.path("regions").values()).concatMap(r -> region(r)).then()
                .then(planRegion)
                .flatMap(region -> Flux.fromIterable(root.path("opds").values())
                        .concatMap(o -> regions.createOpd(actor, region.orElseThrow().id(), o.path("code").asString(),
                                        o.path("name").asString(), o.path("shortName").asString(null))
                                .doOnNext(opd -> ctx.opds.put(opd.shortName(), opd.id())))
                        .then(plans.createPlan(actor, new PlanService.NewPlan(PlanKind.valueOf(planJson.path("kind").asString()),
                                planJson.path("title").asString(), region.map(Region::id).orElse(null),
                                planJson.path("periodStart").asInt(), planJson.path("periodEnd").asInt(),
                                planJson.path("reference").asBoolean(false), planJson.path("note").asString(null)))))
                .flatMap(created -> Flux.fromIterable(root.path("nodes").values())
                        .concatMap(n -> node(n, created.draft().id(), null, ctx, true)).then()
                        .then(Mono.defer(() -> Flux.fromIterable(ctx.supports).concatMap(s -> cascade.setSupport(actor,
                                ctx.nodes.get(s[0]), ctx.nodes.get(s[1]), true)).then()))
                        .then(plans.adopt(actor, created.draft().id(), created.draft().version()))
                        .flatMap(adopted -> Flux.fromIterable(ctx.realisations).concatMap(r -> realisations.record(actor,
                                        r.indicator(), r.year(), r.period(), r.value(), r.evidence())).then()
                                .then(root.path("revision").isMissingNode() ? Mono.just(adopted)
                                        : revise(root.path("revision"), created.plan().id(), ctx))))
                .as(tx::transactional);
    }

    private Mono<Region> region(JsonNode r) {
        String code = r.path("code").asString();
        Mono<Long> parent = r.path("parent").isMissingNode() ? Mono.just(0L)
                : regions.regionByCode(r.path("parent").asString()).map(Region::id);
        return regions.regionByCode(code).switchIfEmpty(parent.flatMap(p -> regions.createRegion(Actor.SYSTEM, code,
                r.path("name").asString(), RegionLevel.valueOf(r.path("level").asString()), p == 0 ? null : p)));
    }

    private Mono<Void> node(JsonNode n, long versionId, Long parentId, Context ctx, boolean withRealisations) {
        List<Long> opdIds = opds(n.path("opds"), ctx);
        return cascade.create(Actor.SYSTEM, new CascadeService.NewNode(versionId, parentId,
                        CascadeKind.valueOf(n.path("kind").asString()), n.path("code").asString(null), n.path("title").asString(),
                        n.path("description").asString(null), null, opdIds))
                .flatMap(node -> {
                    ctx.nodes.put(node.code(), node.id());
                    n.path("supports").values().forEach(s -> ctx.supports.add(new String[] {node.code(), s.asString()}));
                    return Flux.fromIterable(n.path("indicators").values())
                            .concatMap(i -> indicator(i, node.id(), ctx, withRealisations)).then()
                            .thenMany(Flux.fromIterable(n.path("children").values())
                                    .concatMap(c -> node(c, versionId, node.id(), ctx, withRealisations)))
                            .then();
                });
    }

    private Mono<Indicator> indicator(JsonNode i, long nodeId, Context ctx, boolean withRealisations) {
        return indicators.create(Actor.SYSTEM, nodeId, indicatorInput(i, ctx), null)
                .flatMap(created -> Flux.fromIterable(i.path("alignedTo").values())
                        .concatMap(code -> referenceIndicator(code.asString())
                                .flatMap(ref -> indicators.align(Actor.SYSTEM, created.id(), ref, true)))
                        .then(Mono.just(created)))
                .doOnNext(created -> {
            if (withRealisations) {
                i.path("realisations").values().forEach(r -> ctx.realisations.add(new PendingRealisation(created.id(),
                        r.path("year").asInt(), Period.valueOf(r.path("period").asString()), r.path("value").asDouble(),
                        r.path("evidence").asString(null))));
            }
        });
    }

    private Mono<PlanVersion> revise(JsonNode revision, long planId, Context ctx) {
        Actor actor = Actor.SYSTEM;
        return plans.revise(actor, planId, revision.path("note").asString(null)).flatMap(draft ->
                Flux.fromIterable(revision.path("targetChanges").values()).concatMap(change ->
                                indicatorByCode(draft.id(), change.path("indicator").asString())
                                .flatMap(ind -> indicators.setTargets(actor, ind.id(), ind.version(),
                                        targets(change.path("targets")), target(change.path("endTarget"), 0))))
                        .then()
                        .then(Flux.fromIterable(revision.path("newNodes").values()).concatMap(n -> nodeByCode(draft.id(),
                                n.path("parent").asString()).flatMap(parent -> node(n.path("node"), draft.id(), parent, ctx, false))).then())
                        .then(Flux.fromIterable(revision.path("newIndicators").values()).concatMap(n -> nodeByCode(draft.id(),
                                n.path("node").asString()).flatMap(node -> indicator(n.path("indicator"), node, ctx, false))).then())
                        .then(plans.version(actor, draft.id()))
                        .flatMap(v -> plans.openForConsultation(actor, v.id(), v.version()))
                        .flatMap(v -> consultation(revision.path("consultation"), v).thenReturn(v)));
    }

    /**
     * The public consultation on the revision, open from the moment the demo is loaded for the given number of days, so
     * that a fresh installation shows a consultation people can take part in.
     */
    private Mono<Void> consultation(JsonNode c, PlanVersion version) {
        if (c.isMissingNode()) {
            return Mono.empty();
        }
        Instant opens = consultations.now().truncatedTo(ChronoUnit.MINUTES);
        return consultations.open(Actor.SYSTEM, new ConsultationService.NewConsultation(version.id(),
                ConsultationKind.valueOf(c.path("kind").asString()), c.path("title").asString(),
                c.path("description").asString(null), null, opens, opens.plus(c.path("days").asInt(30), ChronoUnit.DAYS),
                List.of(), List.of())).then();
    }

    /** The indicator of an adopted reference plan with this code (the latest such plan, if several have it). */
    private Mono<Long> referenceIndicator(String code) {
        return db.sql("""
                        SELECT i.id FROM indicator i JOIN plan_version v ON v.id = i.plan_version_id JOIN plan p ON p.id = v.plan_id
                        WHERE p.reference AND v.status = 'ADOPTED' AND i.code = :code ORDER BY i.id DESC LIMIT 1""")
                .bind("code", code).map(row -> row.get("id", Long.class)).one()
                .switchIfEmpty(Mono.error(new IllegalStateException("Demo data aligns to unknown reference indicator " + code
                        + "; load the reference plans first")));
    }

    private Mono<Indicator> indicatorByCode(long versionId, String code) {
        return indicators.byCode(versionId, code)
                .switchIfEmpty(Mono.error(new IllegalStateException("Demo revision names unknown indicator " + code)));
    }

    private Mono<Long> nodeByCode(long versionId, String code) {
        return cascade.byCode(versionId, code).map(n -> n.id())
                .switchIfEmpty(Mono.error(new IllegalStateException("Demo revision names unknown node " + code)));
    }

    private IndicatorInput indicatorInput(JsonNode i, Context ctx) {
        JsonNode b = i.path("baseline");
        return new IndicatorInput(i.path("code").asString(null), i.path("name").asString(), i.path("unit").asString(),
                i.path("definition").asString(null), i.path("formula").asString(null), i.path("dataSource").asString(null),
                i.path("concept").asString(null), i.path("classification").asString(null),
                Frequency.valueOf(i.path("frequency").asString("ANNUAL")), i.path("selectionReason").asString(null),
                Polarity.valueOf(i.path("polarity").asString()), Aggregation.valueOf(i.path("aggregation").asString()),
                i.path("type").isMissingNode() ? null : IndicatorType.valueOf(i.path("type").asString()),
                b.isMissingNode() ? null : new IndicatorInput.BaselineInput(b.path("year").asInt(), b.path("value").asDouble()),
                targets(i.path("targets")), target(i.path("endTarget"), 0), opds(i.path("opds"), ctx));
    }

    private static List<TargetInput> targets(JsonNode targets) {
        List<TargetInput> result = new ArrayList<>();
        targets.properties().forEach(e -> result.add(target(e.getValue(), Integer.parseInt(e.getKey()))));
        return result;
    }

    private static TargetInput target(JsonNode t, int year) {
        if (t.isMissingNode() || t.isNull()) {
            return null;
        }
        if (t.isNumber()) {
            return new TargetInput(year, t.asDouble(), null, null);
        }
        return new TargetInput(year, null, t.path("min").asDouble(), t.path("max").asDouble());
    }

    private static List<Long> opds(JsonNode names, Context ctx) {
        List<Long> ids = new ArrayList<>();
        names.values().forEach(n -> {
            Long id = ctx.opds.get(n.asString());
            if (id == null) {
                throw new IllegalStateException("Demo data names unknown OPD " + n.asString());
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** A realisation to record once the plan is adopted. */
    private record PendingRealisation(long indicator, int year, Period period, double value, String evidence) {
    }

    /** What the load has created so far, by code. */
    private static final class Context {
        final Map<String, Long> opds = new HashMap<>();
        final Map<String, Long> nodes = new HashMap<>();
        final List<String[]> supports = new ArrayList<>();
        final List<PendingRealisation> realisations = new ArrayList<>();
    }
}
