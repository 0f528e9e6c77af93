package id.selaras.analytics;

import java.util.List;

import id.selaras.IntegrationTest;
import id.selaras.analytics.TestPlans.Clean;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.security.Actor;
import id.selaras.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static id.selaras.analytics.QualityRulesTest.label;
import static id.selaras.analytics.TestPlans.input;
import static id.selaras.analytics.TestPlans.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each alignment rule on the clean plan with exactly one defect in how its sasaran IKU (poverty, 9.0 % in 2024 → 5.0 %
 * in 2029, "%") follows the RPJMN indicator it is linked to (10.0 % in 2024 → 6.0 % in 2029, "persen").
 */
@IntegrationTest
class AlignmentRulesTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
    @Autowired IndicatorService indicators;
    @Autowired AnalyticsService analytics;
    TestPlans testPlans;
    Clean plan;
    String reference;

    @BeforeEach
    void cleanPlan() {
        testPlans = new TestPlans(fixtures, plans, indicators);
        plan = testPlans.clean();
        reference = "RPJMN 2025–2029 (uji): " + label(plan.reference());
    }

    @Test
    void unitsThatAreNotSynonyms_areIncompatible() {
        Indicator poverty = current(plan.poverty());
        update(poverty, "Persentase penduduk miskin", "jiwa", Polarity.LOWER_IS_BETTER, targets(poverty));
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::args)
                .containsExactly(tuple(Rule.ALIGNMENT_UNIT, Severity.WARNING, List.of(label(poverty), "jiwa", "persen", reference)));
    }

    @Test
    void aYearBothPlansCover_withoutALocalTarget() {
        Indicator poverty = current(plan.poverty());
        update(poverty, poverty.name(), poverty.unit(), poverty.polarity(), targets(poverty).stream()
                .filter(t -> t.year() != 2028).toList());
        assertThat(findings()).extracting(Finding::rule, Finding::variant, Finding::args)
                .containsExactly(tuple(Rule.ALIGNMENT_YEARS, "missing", List.of(label(poverty), reference, List.of("2028"))));
    }

    @Test
    void aLinkToAPlanWhosePeriodDoesNotOverlap() {
        Indicator old = testPlans.reference(PlanKind.RPJMN, 2020, 2024, input("RPJMN20-KEM", "Tingkat kemiskinan", "%",
                Polarity.LOWER_IS_BETTER, Aggregation.LATEST, IndicatorType.IKU, 2019, 9.41,
                List.of(new TargetInput(2024, null, 6.0, 7.0)), null));
        indicators.align(Actor.SYSTEM, plan.poverty().id(), old.id(), true).block();
        assertThat(findings()).extracting(Finding::rule, Finding::variant, Finding::args)
                .containsExactly(tuple(Rule.ALIGNMENT_YEARS, "noOverlap", List.of(label(plan.poverty()),
                        "RPJMN 2020–2024 (uji): " + label(old), 2020, 2024)));
    }

    @Test
    void aPolarityOppositeToTheReference_isAnError() {
        Indicator welfare = testPlans.reference(PlanKind.RPJMN, 2025, 2029, input("RPJMN-SEJ", "Persentase penduduk sejahtera",
                "%", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, IndicatorType.IKU, 2024, 90.0,
                values(2025, 91, 92, 93, 94, 95), 95.0));
        indicators.align(Actor.SYSTEM, plan.poverty().id(), plan.reference().id(), false).block();
        indicators.align(Actor.SYSTEM, plan.poverty().id(), welfare.id(), true).block();
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::variant, Finding::args)
                .containsExactly(tuple(Rule.ALIGNMENT_DIRECTION, Severity.ERROR, "polarity", List.of(label(plan.poverty()),
                        new Term("polarity.LOWER_IS_BETTER"), new Term("polarity.HIGHER_IS_BETTER"),
                        "RPJMN 2025–2029 (uji): " + label(welfare))));
    }

    @Test
    void aLocalBandDriftingUp_whileTheNationMustGoDown_isAnError() {
        Indicator poverty = current(plan.poverty());
        List<TargetInput> bands = List.of(new TargetInput(2025, null, 8.0, 9.0), new TargetInput(2026, null, 8.5, 9.5),
                new TargetInput(2027, null, 9.0, 10.0), new TargetInput(2028, null, 9.5, 10.5),
                new TargetInput(2029, null, 10.0, 11.0));
        indicators.update(Actor.SYSTEM, poverty.id(), poverty.version(), TestPlans.edit(poverty, poverty.name(), poverty.unit(),
                Polarity.RANGE, IndicatorType.IKU, bands, new TargetInput(null, null, 10.0, 11.0))).block();
        // from the 9.0 baseline (2024) to the upper bound 11.0 of 2029 (the bound that asks least of a falling rate)
        assertThat(findings()).extracting(Finding::rule, Finding::variant, Finding::args)
                .containsExactly(tuple(Rule.ALIGNMENT_DIRECTION, "trajectory", List.of(label(poverty), 2024, 9.0, 2029, 11.0,
                        new Term("polarity.LOWER_IS_BETTER"), reference)));
    }

    @Test
    void aTargetSlowerThanTheReferencePace_isNotAmbitiousEnough() {
        Indicator poverty = current(plan.poverty());
        indicators.setTargets(Actor.SYSTEM, poverty.id(), poverty.version(), values(2025, 8.9, 8.7, 8.5, 8.3, 8.0),
                new TargetInput(null, 8.0, null, null)).block();
        // RPJMN: 10.0 (2024) → 6.0 (2029), a compound rate of (6.0 / 10.0)^(1/5) − 1 = −9.71 % a year.
        // Applied to the local baseline for the five years 2024 → 2029: 9.0 × 0.6 = 5.40; the local 8.0 falls short.
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::args)
                .containsExactly(tuple(Rule.ALIGNMENT_AMBITION, Severity.WARNING,
                        List.of(label(poverty), 2029, 8.0, 5.4, -9.71, reference)));
    }

    @Test
    void anUnlinkedSasaranIku_isListed() {
        indicators.align(Actor.SYSTEM, plan.poverty().id(), plan.reference().id(), false).block();
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::subject)
                .containsExactly(tuple(Rule.UNLINKED_INDICATOR, Severity.INFO, current(plan.poverty())));
    }

    private void update(Indicator i, String name, String unit, Polarity polarity, List<TargetInput> targets) {
        indicators.update(Actor.SYSTEM, i.id(), i.version(), TestPlans.edit(i, name, unit, polarity, i.type(), targets,
                new TargetInput(null, i.endTarget().value(), null, null))).block();
    }

    private List<Finding> findings() {
        return analytics.findings(plan.world().draft().id()).block();
    }

    private Indicator current(Indicator i) {
        return indicators.indicator(Actor.SYSTEM, i.id()).block();
    }

    private List<TargetInput> targets(Indicator i) {
        return indicators.targets(List.of(i.id())).block().get(i.id()).stream()
                .map(t -> new TargetInput(t.year(), t.value(), t.min(), t.max())).toList();
    }
}
