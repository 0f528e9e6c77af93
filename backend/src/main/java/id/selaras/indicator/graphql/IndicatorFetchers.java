package id.selaras.indicator.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Target;
import org.dataloader.DataLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * {@code Indicator.targets} as a plain graphql-java fetcher that hands graphql-java the DataLoader's future as it is:
 * no annotated-handler invocation and no Mono adaptation for each of the thousands of indicators of a cascade read
 * (docs/benchmarks.md, cascade read). It shares the {@code indicatorTargets} loader (and so its per-request cache)
 * with the achievement fields.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorFetchers {

    @Bean
    RuntimeWiringConfigurer indicatorTargetsFetcher() {
        return wiring -> wiring.type("Indicator", t -> t.dataFetcher("targets", new TargetsFetcher()));
    }

    /** The targets of the source indicator, through the request's {@code indicatorTargets} DataLoader. */
    static final class TargetsFetcher implements SelfDescribingDataFetcher<CompletableFuture<List<Target>>> {

        @Override
        public CompletableFuture<List<Target>> get(DataFetchingEnvironment env) {
            Indicator indicator = env.getSource();
            DataLoader<Long, List<Target>> loader = env.getDataLoader(IndicatorLoaders.TARGETS);
            return loader.load(indicator.id());
        }

        @Override
        public String getDescription() {
            return "Indicator.targets (DataLoader " + IndicatorLoaders.TARGETS + ")";
        }

        @Override
        public ResolvableType getReturnType() {
            return ResolvableType.forClassWithGenerics(List.class, Target.class);
        }

        @Override
        public boolean usesDataLoader() {
            return true;
        }
    }
}
