package id.selaras.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import id.selaras.IntegrationTest;
import id.selaras.analytics.check.Checklist;
import id.selaras.analytics.performance.PerformanceCalculator;
import id.selaras.analytics.repository.SnapshotRepository;
import id.selaras.demo.SyntheticPlanGenerator;
import id.selaras.demo.SyntheticPlanGenerator.Shape;
import id.selaras.indicator.Period;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Times the checks and roll-ups on the demo plan and on a generated 3,000-node plan: a benchmark, not a test (nothing
 * is asserted about time). Excluded from the default run; run it with
 * {@code mvn -pl backend -am test -Dtest=AnalyticsBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
@IntegrationTest
class AnalyticsBenchmark {

    static final int WARM_UP = 10;
    static final int RUNS = 30;

    @Autowired Fixtures fixtures;
    @Autowired SyntheticPlanGenerator generator;
    @Autowired SnapshotRepository snapshots;
    @Autowired PlanService plans;
    @Autowired AnalyticsService analytics;
    @LocalServerPort int port;

    @Test
    void timeTheChecks() {
        PlanVersion demo = fixtures.demo();
        PlanVersion large = generator.generate(fixtures.world().region().id(), "Benchmark", Shape.of(5, 3, 3, 4, 4, 3)).block();
        report("demo, adopted version (" + size(demo.basedOnId()) + ")", demo.basedOnId());
        report("demo, revision (" + size(demo.id()) + ")", demo.id());
        report("generated Shape.of(5,3,3,4,4,3) (" + size(large.id()) + ")", large.id());
    }

    private String size(long version) {
        var plan = snapshots.load(plans.scope(version).block()).block();
        return plan.nodes().size() + " nodes, " + plan.indicators().size() + " indicators";
    }

    private void report(String label, long version) {
        var scope = plans.scope(version).block();
        var plan = snapshots.load(scope).block();
        String query = """
                query($v: ID!) { findings(planVersion: $v, first: 100) { totalCount edges { node { rule severity message } } }
                  planPerformance(planVersion: $v) { plan { meanPercent onTrackCount } } }""";
        String id = Fixtures.id("PlanVersion", version);
        System.out.printf("%n%s: %d findings%n", label, Checklist.run(plan).size());
        System.out.printf("  load snapshot (SQL)        %s%n", time(() -> snapshots.load(scope).block()));
        System.out.printf("  run the checklist (memory) %s%n", time(() -> Checklist.run(plan)));
        System.out.printf("  roll-ups (memory)          %s%n", time(() -> PerformanceCalculator.compute(plan, null,
                java.util.Map.of(), null, Period.ANNUAL)));
        System.out.printf("  findings(versionId)        %s%n", time(() -> analytics.findings(version).block()));
        System.out.printf("  GraphQL findings+perf.     %s%n", time(() -> new Api(port).anonymous().document(query)
                .variable("v", id).execute().errors().verify()));
    }

    /** Median and 95th percentile in milliseconds after a warm-up. */
    private static String time(Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(Double::compare);
        return String.format("median %7.1f ms   p95 %7.1f ms", ms.get(RUNS / 2), ms.get((int) (RUNS * 0.95)));
    }
}
