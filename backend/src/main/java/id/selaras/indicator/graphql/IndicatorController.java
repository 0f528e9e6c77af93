package id.selaras.indicator.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.indicator.Achievement;
import id.selaras.indicator.AchievementCalculator;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.RatingScheme;
import id.selaras.indicator.Realisation;
import id.selaras.indicator.Target;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.plan.VersionScope;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.RegionService;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The fields of the {@code Indicator} type ({@code id}: GlobalIdFields; {@code targets}: IndicatorFetchers). */
@Controller
class IndicatorController {

    private final IndicatorService indicators;
    private final CascadeService cascade;
    private final PlanService plans;
    private final RegionService regions;

    IndicatorController(IndicatorService indicators, CascadeService cascade, PlanService plans, RegionService regions) {
        this.indicators = indicators;
        this.cascade = cascade;
        this.plans = plans;
        this.regions = regions;
    }

    @BatchMapping(typeName = "Indicator", field = "node")
    Mono<Map<Indicator, CascadeNode>> node(List<Indicator> list) {
        return cascade.nodes(list.stream().map(Indicator::nodeId).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), i -> found.get(i.nodeId()))));
    }

    @BatchMapping(typeName = "Indicator", field = "planVersion")
    Mono<Map<Indicator, PlanVersion>> planVersion(List<Indicator> list) {
        return plans.versions(list.stream().map(Indicator::planVersionId).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), i -> found.get(i.planVersionId()))));
    }

    @SchemaMapping(typeName = "Indicator", field = "realisations")
    Mono<List<Realisation>> realisations(Indicator indicator, @Argument Integer year,
                                         DataLoader<Long, List<Realisation>> lineageRealisations) {
        return Mono.fromFuture(lineageRealisations.load(indicator.lineageId()))
                .map(list -> list.stream().filter(r -> year == null || r.year() == year)
                        .map(r -> r.through(indicator.id())).toList());
    }

    @SchemaMapping(typeName = "Indicator", field = "achievements")
    Mono<List<Achievement>> achievements(Indicator indicator, @Argument Integer year,
                                         DataLoader<Long, List<Target>> indicatorTargets,
                                         DataLoader<Long, List<Realisation>> lineageRealisations,
                                         DataLoader<Long, RatingScheme> versionScheme,
                                         DataLoader<Long, VersionScope> versionScope) {
        return IndicatorLoaders.Inputs.load(indicator, indicatorTargets, lineageRealisations, versionScheme, versionScope)
                .map(in -> {
                    Map<Integer, Target> byYear = in.targets().stream().collect(Collectors.toMap(Target::year, t -> t));
                    List<Achievement> result = new ArrayList<>();
                    for (int y = in.scope().periodStart(); y <= in.scope().periodEnd(); y++) {
                        if (year != null && y != year) {
                            continue;
                        }
                        int yy = y;
                        result.addAll(AchievementCalculator.ofYear(indicator, byYear.get(y),
                                in.realisations().stream().filter(r -> r.year() == yy).toList(), y, in.scheme()));
                    }
                    return result;
                });
    }

    @SchemaMapping(typeName = "Indicator", field = "periodAchievement")
    Mono<Achievement> periodAchievement(Indicator indicator, DataLoader<Long, List<Target>> indicatorTargets,
                                        DataLoader<Long, List<Realisation>> lineageRealisations,
                                        DataLoader<Long, RatingScheme> versionScheme,
                                        DataLoader<Long, VersionScope> versionScope) {
        return IndicatorLoaders.Inputs.load(indicator, indicatorTargets, lineageRealisations, versionScheme, versionScope)
                .map(in -> {
                    Map<Integer, Double> annual = new HashMap<>();
                    for (int y = in.scope().periodStart(); y <= in.scope().periodEnd(); y++) {
                        int yy = y;
                        var annualAchievement = AchievementCalculator.ofYear(indicator, null,
                                in.realisations().stream().filter(r -> r.year() == yy).toList(), y, null).getFirst();
                        if (annualAchievement.realisation() != null) {
                            annual.put(y, annualAchievement.realisation());
                        }
                    }
                    return AchievementCalculator.ofPeriod(indicator, in.scope().periodStart(), in.scope().periodEnd(),
                            annual, in.scheme());
                });
    }

    @BatchMapping(typeName = "Indicator", field = "responsibleOpds")
    Mono<Map<Indicator, List<OrganisationUnit>>> responsibleOpds(List<Indicator> list) {
        return indicators.opdIds(list.stream().map(Indicator::id).distinct().toList())
                .flatMap(opdIds -> regions.opds(opdIds.values().stream().flatMap(List::stream).distinct().toList())
                        .map(opds -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                                i -> opdIds.getOrDefault(i.id(), List.of()).stream().map(opds::get)
                                        .filter(Objects::nonNull).toList()))));
    }

    @BatchMapping(typeName = "Indicator", field = "alignedTo")
    Mono<Map<Indicator, List<Indicator>>> alignedTo(List<Indicator> list) {
        return aligned(list, false);
    }

    @BatchMapping(typeName = "Indicator", field = "alignedFrom")
    Mono<Map<Indicator, List<Indicator>>> alignedFrom(List<Indicator> list) {
        return aligned(list, true);
    }

    private Mono<Map<Indicator, List<Indicator>>> aligned(List<Indicator> list, boolean reverse) {
        return indicators.alignments(list.stream().map(Indicator::id).distinct().toList(), reverse)
                .flatMap(links -> indicators.indicators(links.values().stream().flatMap(List::stream).distinct().toList())
                        .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                                i -> links.getOrDefault(i.id(), List.of()).stream().map(found::get)
                                        .filter(Objects::nonNull).toList()))));
    }

    @BatchMapping(typeName = "Realisation", field = "indicator")
    Mono<Map<Realisation, Indicator>> realisationIndicator(List<Realisation> list) {
        return indicators.indicators(list.stream().map(Realisation::indicatorId).distinct().toList())
                .map(found -> list.stream().distinct().filter(r -> found.containsKey(r.indicatorId()))
                        .collect(Collectors.toMap(Function.identity(), r -> found.get(r.indicatorId()))));
    }
}
