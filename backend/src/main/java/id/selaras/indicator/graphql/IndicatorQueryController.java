package id.selaras.indicator.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.cascade.CascadeNode;
import id.selaras.common.Connection;
import id.selaras.common.GlobalId;
import id.selaras.node.NodeLoader;
import id.selaras.common.Page;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.RatingScheme;
import id.selaras.indicator.RealisationService;
import id.selaras.indicator.repository.RatingSchemeRepository;
import id.selaras.plan.Plan;
import id.selaras.plan.PlanVersion;
import id.selaras.security.Actor;
import id.selaras.security.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Indicator root queries, rating schemes, and the indicator fields of nodes, versions and plans. */
@Controller
class IndicatorQueryController {

    private final IndicatorService indicators;
    private final RatingSchemeRepository schemes;

    IndicatorQueryController(IndicatorService indicators, RatingSchemeRepository schemes) {
        this.indicators = indicators;
        this.schemes = schemes;
    }

    @QueryMapping
    Mono<Connection<Indicator>> indicators(@Argument String planVersion, @Argument String opd, @Argument IndicatorType type,
                                           @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            long versionId = GlobalId.decode("PlanVersion", planVersion, "planVersion");
            Long opdId = GlobalId.decodeOptional("OrganisationUnit", opd, "opd");
            Page page = Page.of(first, after);
            return CurrentActor.get().flatMap(actor -> indicators.list(actor, versionId, opdId, type, page));
        });
    }

    @QueryMapping
    Mono<List<RatingScheme>> ratingSchemes() {
        return schemes.all();
    }

    @BatchMapping(typeName = "Plan", field = "ratingScheme")
    Mono<Map<Plan, RatingScheme>> ratingScheme(List<Plan> plans) {
        return schemes.find(plans.stream().map(Plan::ratingSchemeId).distinct().toList())
                .map(found -> plans.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        p -> found.get(p.ratingSchemeId()))));
    }

    @BatchMapping(typeName = "CascadeNode", field = "indicators")
    Mono<Map<CascadeNode, List<Indicator>>> nodeIndicators(List<CascadeNode> nodes) {
        return indicators.ofNodes(nodes.stream().map(CascadeNode::id).distinct().toList())
                .map(found -> nodes.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        n -> found.getOrDefault(n.id(), List.of()))));
    }

    @BatchMapping(typeName = "PlanVersion", field = "indicatorCount")
    Mono<Map<PlanVersion, Integer>> indicatorCount(List<PlanVersion> versions) {
        return indicators.countByVersion(versions.stream().map(PlanVersion::id).distinct().toList())
                .map(found -> versions.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        v -> found.getOrDefault(v.id(), 0L).intValue())));
    }

    /** {@code node(id:)} for indicators, realisations and rating schemes. */
    @Configuration
    static class Loaders {

        @Bean
        NodeLoader indicatorLoader(IndicatorService indicators) {
            return loader("Indicator", indicators::indicator);
        }

        @Bean
        NodeLoader realisationLoader(RealisationService realisations) {
            return loader("Realisation", realisations::realisation);
        }

        @Bean
        NodeLoader ratingSchemeLoader(RatingSchemeRepository schemes) {
            return loader("RatingScheme", (actor, id) -> schemes.find(List.of(id)).mapNotNull(m -> m.get(id)));
        }

        private static NodeLoader loader(String type, java.util.function.BiFunction<Actor, Long, Mono<?>> load) {
            return new NodeLoader() {
                public String type() {
                    return type;
                }

                public Mono<?> load(Actor actor, long id) {
                    return load.apply(actor, id);
                }
            };
        }
    }
}
