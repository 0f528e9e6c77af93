package id.selaras.analytics;

import java.util.List;
import java.util.Objects;

import id.selaras.analytics.check.Checklist;
import id.selaras.analytics.performance.PerformanceCalculator;
import id.selaras.analytics.performance.PlanPerformance;
import id.selaras.analytics.repository.SnapshotRepository;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.indicator.Period;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Planning-quality and alignment findings and achievement roll-ups of a plan version, computed on the fly from one
 * snapshot (a fixed number of statements, then memory). Whoever may read a version may read these. The methods that
 * take only a version id skip the access check: they are for the live-update feature, which decides itself whom to
 * push results to.
 */
@Service
public class AnalyticsService {

    private final SnapshotRepository snapshots;
    private final PlanService plans;
    private final RegionService regions;

    AnalyticsService(SnapshotRepository snapshots, PlanService plans, RegionService regions) {
        this.snapshots = snapshots;
        this.plans = plans;
        this.regions = regions;
    }

    /** One page of a readable version's findings, optionally of one severity or one rule. */
    public Mono<Connection<Finding>> findings(Actor actor, long versionId, Severity severity, Rule rule, Page page) {
        return plans.readableScope(actor, versionId).flatMap(this::findings).map(all -> {
            List<Finding> selected = all.stream()
                    .filter(f -> severity == null || f.severity() == severity)
                    .filter(f -> rule == null || f.rule() == rule).toList();
            int from = (int) Math.min(page.offset(), selected.size());
            return Connection.of(page, selected.subList(from, Math.min(selected.size(), from + page.limit())), selected.size());
        });
    }

    /** Every finding of a version, most severe first, in cascade order. */
    public Mono<List<Finding>> findings(long versionId) {
        return scope(versionId).flatMap(this::findings);
    }

    /** Achievement roll-ups of a readable version for a year (null: the latest year reported) and period. */
    public Mono<PlanPerformance> performance(Actor actor, long versionId, Integer year, Period period) {
        return plans.readableScope(actor, versionId).flatMap(scope -> performance(scope, year, period));
    }

    public Mono<PlanPerformance> performance(long versionId, Integer year, Period period) {
        return scope(versionId).flatMap(scope -> performance(scope, year, period));
    }

    private Mono<List<Finding>> findings(VersionScope scope) {
        return snapshots.load(scope).map(Checklist::run);
    }

    private Mono<PlanPerformance> performance(VersionScope scope, Integer year, Period period) {
        Checks checks = Checks.start().year(year, "year", scope.periodStart(), scope.periodEnd());
        return checks.then(snapshots.load(scope)).flatMap(plan -> {
            List<Long> opdIds = plan.indicators().stream().flatMap(i -> plan.opdsOf(i).stream()).distinct().toList();
            return Mono.zip(plans.versions(List.of(scope.versionId())), regions.opds(opdIds))
                    .map(t -> PerformanceCalculator.compute(plan, t.getT1().get(scope.versionId()), t.getT2(), year,
                            Objects.requireNonNullElse(period, Period.ANNUAL)));
        });
    }

    private Mono<VersionScope> scope(long versionId) {
        return plans.scope(versionId).switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", versionId)));
    }
}
