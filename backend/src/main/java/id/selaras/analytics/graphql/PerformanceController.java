package id.selaras.analytics.graphql;

import id.selaras.analytics.AnalyticsService;
import id.selaras.analytics.performance.PlanPerformance;
import id.selaras.common.GlobalId;
import id.selaras.indicator.Period;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code planPerformance}: achievement roll-ups per sasaran, misi, OPD and plan, with projections. */
@Controller
class PerformanceController {

    private final AnalyticsService analytics;

    PerformanceController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @QueryMapping
    Mono<PlanPerformance> planPerformance(@Argument String planVersion, @Argument Integer year, @Argument Period period) {
        return Mono.defer(() -> {
            long versionId = GlobalId.decode("PlanVersion", planVersion, "planVersion");
            return CurrentActor.get().flatMap(actor -> analytics.performance(actor, versionId, year, period));
        });
    }
}
