package id.selaras.plan.graphql;

import id.selaras.node.NodeLoader;
import id.selaras.plan.PlanService;
import id.selaras.security.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** {@code node(id:)} for plans and plan versions. */
@Configuration
class PlanNodeLoaders {

    @Bean
    NodeLoader planLoader(PlanService plans) {
        return new NodeLoader() {
            public String type() {
                return "Plan";
            }

            public Mono<?> load(Actor actor, long id) {
                return plans.plan(actor, id);
            }
        };
    }

    @Bean
    NodeLoader planVersionLoader(PlanService plans) {
        return new NodeLoader() {
            public String type() {
                return "PlanVersion";
            }

            public Mono<?> load(Actor actor, long id) {
                return plans.version(actor, id);
            }
        };
    }
}
