package id.selaras.analytics;

import java.util.List;
import java.util.Locale;

import id.selaras.IntegrationTest;
import id.selaras.plan.PlanVersion;
import id.selaras.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

@IntegrationTest
class DemoAnalyticsTest {

    @Autowired Fixtures fixtures;
    @Autowired AnalyticsService analytics;
    @Autowired MessageSource messages;

    @Test
    void explore() {
        PlanVersion draft = fixtures.demo();
        for (long v : List.of(draft.basedOnId(), draft.id())) {
            long t0 = System.nanoTime();
            List<Finding> findings = analytics.findings(v).block();
            System.out.println("=== version " + v + " " + findings.size() + " findings in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            findings.forEach(f -> System.out.println(f.severity() + " " + f.rule() + " " + f.variant() + " " + f.args()));
            var perf = analytics.performance(v, null, null).block();
            System.out.println("year " + perf.year() + " plan " + perf.plan().meanPercent() + " " + perf.plan().measuredCount() + "/"
                    + perf.plan().indicatorCount() + " on " + perf.plan().onTrackCount() + " risk " + perf.plan().atRiskCount()
                    + " off " + perf.plan().offTrackCount() + " unk " + perf.plan().unknownProjectionCount());
            perf.opds().forEach(o -> System.out.println(o.opd().shortName() + " " + o.summary().meanPercent()));
        }
    }
}
