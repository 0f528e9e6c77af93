package id.selaras.indicator.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.RatingScheme;
import id.selaras.indicator.Realisation;
import id.selaras.indicator.RealisationService;
import id.selaras.indicator.Target;
import id.selaras.indicator.repository.RatingSchemeRepository;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Batch loaders behind the indicator fields that take arguments (and so cannot be {@code @BatchMapping}s): one SQL
 * statement per field and request level, whatever the number of indicators.
 */
@Component
class IndicatorLoaders {

    static final String TARGETS = "indicatorTargets";
    static final String REALISATIONS = "lineageRealisations";
    static final String SCHEME = "versionScheme";
    static final String SCOPE = "versionScope";

    IndicatorLoaders(BatchLoaderRegistry registry, IndicatorService indicators, RealisationService realisations,
                     RatingSchemeRepository schemes, PlanService plans) {
        registry.<Long, List<Target>>forName(TARGETS).registerMappedBatchLoader((ids, env) ->
                indicators.targets(ids).map(found -> fill(ids, found)));
        registry.<Long, List<Realisation>>forName(REALISATIONS).registerMappedBatchLoader((ids, env) ->
                realisations.ofLineages(ids).map(found -> fill(ids, found)));
        registry.<Long, RatingScheme>forName(SCHEME).registerMappedBatchLoader((ids, env) ->
                schemes.schemeOfVersions(ids).flatMap(schemeOf -> schemes.find(Set.copyOf(schemeOf.values()))
                        .map(found -> ids.stream().filter(schemeOf::containsKey).collect(java.util.stream.Collectors.toMap(
                                id -> id, id -> found.get(schemeOf.get(id)))))));
        registry.<Long, VersionScope>forName(SCOPE).registerMappedBatchLoader((ids, env) -> plans.scopes(ids));
    }

    private static <T> Map<Long, List<T>> fill(Set<Long> ids, Map<Long, List<T>> found) {
        return ids.stream().collect(java.util.stream.Collectors.toMap(id -> id, id -> found.getOrDefault(id, List.of())));
    }

    /** Everything an achievement needs for one indicator, requested together so one dispatch serves all. */
    record Inputs(List<Target> targets, List<Realisation> realisations, RatingScheme scheme, VersionScope scope) {

        static Mono<Inputs> load(Indicator indicator, DataLoader<Long, List<Target>> targets,
                                 DataLoader<Long, List<Realisation>> realisations, DataLoader<Long, RatingScheme> scheme,
                                 DataLoader<Long, VersionScope> scope) {
            CompletableFuture<List<Target>> t = targets.load(indicator.id());
            CompletableFuture<List<Realisation>> r = realisations.load(indicator.lineageId());
            CompletableFuture<RatingScheme> s = scheme.load(indicator.planVersionId());
            CompletableFuture<VersionScope> v = scope.load(indicator.planVersionId());
            return Mono.fromFuture(CompletableFuture.allOf(t, r, s, v)
                    .thenApply(x -> new Inputs(t.join(), r.join().stream().map(z -> z.through(indicator.id())).toList(),
                            s.join(), v.join())));
        }
    }
}
