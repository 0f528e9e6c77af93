package id.selaras.analytics;

import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Period;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.RealisationService;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.security.Actor;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.Fixtures.Chain;
import id.selaras.testing.Fixtures.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import static id.selaras.analytics.TestPlans.input;
import static id.selaras.analytics.TestPlans.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roll-ups with worked numbers. On the sasaran, for 2025: A (higher is better) 120 against 80 = 150 %, counted as 120;
 * B (lower is better) 12 against 10 = (2 − 1.2) × 100 = 80 %; C has no realisation. The program's D (OPD A) is 90
 * against 100 = 90 %.
 */
@IntegrationTest
class PlanPerformanceTest {

    static final String QUERY = """
            query($v: ID!, $year: Int, $period: Period) { planPerformance(planVersion: $v, year: $year, period: $period) {
              year period
              plan { ...summary }
              misi { node { code } summary { ...summary } }
              sasaran { node { code } summary { ...summary } }
              opds { opd { shortName } summary { ...summary } } } }
            fragment summary on PerformanceSummary {
              indicatorCount measuredCount meanPercent band { label } bandCounts { band { label } count }
              noRealisationCount noTargetCount notComputableCount onTrackCount atRiskCount offTrackCount unknownProjectionCount
              indicators { indicator { code } achievement { percent status } countedPercent
                projection { status projectedValue projectedPercent } } }""";

    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
    @Autowired IndicatorService indicators;
    @Autowired RealisationService realisations;
    @LocalServerPort int port;
    String version;

    @BeforeEach
    void adoptedPlanWithRealisations() {
        World w = fixtures.world();
        Chain c = fixtures.chain(w);
        TestPlans testPlans = new TestPlans(fixtures, plans, indicators);
        Indicator a = testPlans.create(c.sasaran(), input("A", "Indeks A", "Indeks", Polarity.HIGHER_IS_BETTER,
                Aggregation.LATEST, IndicatorType.IKD, 2024, 70, values(2025, 80, 85, 90, 95, 100), 100.0));
        Indicator b = testPlans.create(c.sasaran(), input("B", "Tingkat B", "%", Polarity.LOWER_IS_BETTER,
                Aggregation.LATEST, IndicatorType.IKD, 2024, 12, values(2025, 10, 9.5, 9, 8.5, 8), 8.0));
        testPlans.create(c.sasaran(), input("C", "Indeks C", "Indeks", Polarity.HIGHER_IS_BETTER,
                Aggregation.LATEST, IndicatorType.IKD, 2024, 45, values(2025, 50, 55, 60, 65, 70), 70.0));
        IndicatorInput quarterly = input("D", "Persentase D", "%", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                IndicatorType.OUTCOME, 2024, 80, values(2025, 100, 100, 100, 100, 100), 100.0);
        Indicator d = testPlans.create(c.program(), new IndicatorInput(quarterly.code(), quarterly.name(), quarterly.unit(),
                quarterly.definition(), quarterly.formula(), quarterly.dataSource(), null, null, Frequency.QUARTERLY, null,
                quarterly.polarity(), quarterly.aggregation(), quarterly.type(), quarterly.baseline(), quarterly.targets(),
                quarterly.endTarget(), null));
        PlanVersion adopted = plans.adopt(Actor.SYSTEM, w.draft().id(), w.draft().version()).block();
        record(a, Period.ANNUAL, 120);
        record(b, Period.ANNUAL, 12);
        record(d, Period.Q1, 85);
        record(d, Period.ANNUAL, 90);
        version = Fixtures.id("PlanVersion", adopted.id());
    }

    @Test
    void rollUps_meanTheCappedCapaian_andCountBandsAndProjections() {
        GraphQlTester.Response r = query(2025, null);
        r.path("planPerformance.year").entity(Integer.class).isEqualTo(2025);
        r.path("planPerformance.period").entity(String.class).isEqualTo("ANNUAL");
        for (String summary : List.of("planPerformance.plan", "planPerformance.misi[0].summary",
                "planPerformance.sasaran[0].summary")) {
            // (min(150, 120) + 80) / 2 = 100.00: the mean of the measured two, C counted apart, never as zero
            r.path(summary + ".meanPercent").entity(Double.class).isEqualTo(100.0);
            r.path(summary + ".band.label").entity(String.class).isEqualTo("Sangat Baik");
            r.path(summary + ".indicatorCount").entity(Integer.class).isEqualTo(3);
            r.path(summary + ".measuredCount").entity(Integer.class).isEqualTo(2);
            r.path(summary + ".noRealisationCount").entity(Integer.class).isEqualTo(1);
            r.path(summary + ".bandCounts[*].count").entityList(Integer.class).containsExactly(1, 1, 0, 0, 0);
            // A: (2024, 70) (2025, 120), slope 50 → far above 100 in 2029; B: flat at 12 → 8 asked, (2 − 12/8) × 100 = 50 %
            r.path(summary + ".onTrackCount").entity(Integer.class).isEqualTo(1);
            r.path(summary + ".offTrackCount").entity(Integer.class).isEqualTo(1);
            r.path(summary + ".unknownProjectionCount").entity(Integer.class).isEqualTo(1);
        }
        r.path("planPerformance.sasaran[0].summary.indicators[0]").entity(Map.class).isEqualTo(Map.of(
                "indicator", Map.of("code", "A"), "achievement", Map.of("percent", 150.0, "status", "MEASURED"),
                "countedPercent", 120.0, "projection", Map.of("status", "ON_TRACK", "projectedValue", 320.0,
                        "projectedPercent", 320.0)));
        r.path("planPerformance.sasaran[0].summary.indicators[1].projection").entity(Map.class).isEqualTo(Map.of(
                "status", "OFF_TRACK", "projectedValue", 12.0, "projectedPercent", 50.0));
        // OPD A answers for D only (the sasaran's indicators name no OPD): 90 %, "Baik"; D: (2024, 80) (2025, 90) → 130 in 2029
        r.path("planPerformance.opds[*].opd.shortName").entityList(String.class).containsExactly("DINKES");
        r.path("planPerformance.opds[0].summary.meanPercent").entity(Double.class).isEqualTo(90.0);
        r.path("planPerformance.opds[0].summary.band.label").entity(String.class).isEqualTo("Baik");
        r.path("planPerformance.opds[0].summary.indicators[0].projection.projectedValue").entity(Double.class).isEqualTo(130.0);
    }

    @Test
    void theLatestReportedYear_isTheDefault_andAQuarterShowsTheYearToDate() {
        query(null, null).path("planPerformance.year").entity(Integer.class).isEqualTo(2025);
        GraphQlTester.Response q1 = query(2025, "Q1");
        q1.path("planPerformance.period").entity(String.class).isEqualTo("Q1");
        q1.path("planPerformance.opds[0].summary.meanPercent").entity(Double.class).isEqualTo(85.0);
        q1.path("planPerformance.plan.measuredCount").entity(Integer.class).isEqualTo(0);
        q1.path("planPerformance.plan.noRealisationCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void aYearOutsideThePeriod_isABadRequest() {
        Errors.expect(query(2031, null), "BAD_REQUEST", "YEAR_OUTSIDE_PERIOD", "year");
    }

    private GraphQlTester.Response query(Integer year, String period) {
        return new Api(port).anonymous().document(QUERY).variable("v", version).variable("year", year)
                .variable("period", period).execute();
    }

    private void record(Indicator i, Period period, double value) {
        realisations.record(Actor.SYSTEM, i.id(), 2025, period, value, null).block();
    }
}
