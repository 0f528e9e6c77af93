package id.selaras.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.RegionService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Loads a {@link PlanSnapshot} through the features' services with a fixed number of statements: one per cascade
 * level, then one each for OPD links, cross-cutting links, indicators, targets and indicator OPDs.
 */
@Component
class PlanSnapshots {

    private final PlanService plans;
    private final RegionService regions;
    private final CascadeService cascade;
    private final IndicatorService indicators;

    PlanSnapshots(PlanService plans, RegionService regions, CascadeService cascade, IndicatorService indicators) {
        this.plans = plans;
        this.regions = regions;
        this.cascade = cascade;
        this.indicators = indicators;
    }

    Mono<PlanSnapshot> load(VersionScope scope) {
        long v = scope.versionId();
        Mono<List<OrganisationUnit>> opds = regionOpds(scope.regionId());
        return Mono.zip(plans.plans(List.of(scope.planId())), plans.versions(List.of(v)), opds,
                        scope.regionId() == null ? Mono.just(Map.<Long, id.selaras.region.Region>of())
                                : regions.regions(List.of(scope.regionId())))
                .flatMap(t -> tree(v).flatMap(nodes -> {
                    List<Long> ids = nodes.stream().map(CascadeNode::id).toList();
                    return Mono.zip(cascade.opdIds(ids), cascade.supports(ids), indicators.ofNodes(ids))
                            .flatMap(n -> {
                                List<Indicator> list = inTreeOrder(nodes, n.getT3());
                                List<Long> indicatorIds = list.stream().map(Indicator::id).toList();
                                Map<Long, List<Long>> supports = new HashMap<>();
                                n.getT2().forEach((k, s) -> supports.put(k, s.stream().map(CascadeNode::id).toList()));
                                return Mono.zip(indicators.targets(indicatorIds), indicators.opdIds(indicatorIds))
                                        .map(i -> new PlanSnapshot(scope, t.getT1().get(scope.planId()), t.getT2().get(v),
                                                scope.regionId() == null ? null : t.getT4().get(scope.regionId()), t.getT3(),
                                                nodes, n.getT1(), supports, list, i.getT1(), i.getT2()));
                            });
                }));
    }

    Mono<List<OrganisationUnit>> regionOpds(Long regionId) {
        if (regionId == null) {
            return Mono.just(List.of());
        }
        return regions.opdsOfRegions(List.of(regionId)).map(m -> m.getOrDefault(regionId, List.of()).stream()
                .sorted(Comparator.comparing(OrganisationUnit::code)).toList());
    }

    /** The cascade in pre-order: each node followed by its subtree, siblings by position. */
    private Mono<List<CascadeNode>> tree(long versionId) {
        return cascade.roots(List.of(versionId)).map(m -> m.getOrDefault(versionId, List.of()))
                .flatMap(roots -> levels(roots, new HashMap<>()).map(children -> {
                    List<CascadeNode> out = new ArrayList<>();
                    roots.forEach(r -> walk(r, children, out));
                    return out;
                }));
    }

    private Mono<Map<Long, List<CascadeNode>>> levels(List<CascadeNode> level, Map<Long, List<CascadeNode>> acc) {
        if (level.isEmpty()) {
            return Mono.just(acc);
        }
        return cascade.children(level.stream().map(CascadeNode::id).toList()).flatMap(children -> {
            acc.putAll(children);
            return levels(children.values().stream().flatMap(List::stream).toList(), acc);
        });
    }

    private static void walk(CascadeNode node, Map<Long, List<CascadeNode>> children, List<CascadeNode> out) {
        out.add(node);
        children.getOrDefault(node.id(), List.of()).forEach(c -> walk(c, children, out));
    }

    private static List<Indicator> inTreeOrder(List<CascadeNode> nodes, Map<Long, List<Indicator>> byNode) {
        List<Indicator> out = new ArrayList<>();
        nodes.forEach(n -> out.addAll(byNode.getOrDefault(n.id(), List.of())));
        return out;
    }
}
