package id.selaras.analytics;

import java.util.List;

import id.selaras.IntegrationTest;
import id.selaras.analytics.TestPlans.Clean;
import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.security.Actor;
import id.selaras.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static id.selaras.analytics.TestPlans.input;
import static id.selaras.analytics.TestPlans.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each planning-quality rule on a small plan with exactly that defect; the clean plan has none. */
@IntegrationTest
class QualityRulesTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
    @Autowired CascadeService cascade;
    @Autowired IndicatorService indicators;
    @Autowired AnalyticsService analytics;
    TestPlans testPlans;
    Clean plan;

    @BeforeEach
    void cleanPlan() {
        testPlans = new TestPlans(fixtures, plans, indicators);
        plan = testPlans.clean();
    }

    @Test
    void cleanPlan_hasNoFindings() {
        assertThat(findings()).isEmpty();
    }

    @Test
    void sasaranWithoutIndicator_isAnError() {
        delete(plan.poverty());
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::subject)
                .containsExactly(tuple(Rule.NODE_WITHOUT_INDICATOR, Severity.ERROR, plan.chain().sasaran()));
    }

    @Test
    void programWithoutIndicator_isAnError() {
        delete(plan.outcome());
        assertThat(findings()).extracting(Finding::rule, Finding::subject)
                .containsExactly(tuple(Rule.NODE_WITHOUT_INDICATOR, plan.chain().program()));
    }

    @Test
    void subKegiatanWithoutOpd_isAnOrphan() {
        CascadeNode sub = plan.chain().sub();
        cascade.update(Actor.SYSTEM, sub.id(), sub.version(), sub.code(), sub.title(), null, List.of()).block();
        assertThat(findings()).extracting(Finding::rule, Finding::severity, f -> ((CascadeNode) f.subject()).id())
                .containsExactly(tuple(Rule.NODE_WITHOUT_OPD, Severity.WARNING, sub.id()));
    }

    @Test
    void kegiatanWithNoIndicatorInItsBranch_isReportedOnceAtTheTop() {
        delete(plan.output());
        assertThat(findings()).extracting(Finding::rule, Finding::subject)
                .containsExactly(tuple(Rule.BRANCH_WITHOUT_INDICATOR, plan.chain().kegiatan()));
    }

    @Test
    void indicatorWithoutFormulaAndSource_isAWarning_withoutBaseline_anError() {
        Indicator outcome = current(plan.outcome());
        indicators.update(Actor.SYSTEM, outcome.id(), outcome.version(), TestPlans.edit(outcome, outcome.definition(), null, " ",
                TestPlans.baseline(outcome), targets(outcome))).block();
        Indicator output = current(plan.output());
        indicators.update(Actor.SYSTEM, output.id(), output.version(), TestPlans.edit(output, output.definition(),
                output.formula(), output.dataSource(), null, targets(output))).block();
        assertThat(findings()).extracting(Finding::rule, Finding::severity, f -> ((Indicator) f.subject()).id(), Finding::args)
                .containsExactly(
                        tuple(Rule.INDICATOR_INCOMPLETE, Severity.ERROR, output.id(),
                                List.of(label(output), List.of(new Term("field.baseline")))),
                        tuple(Rule.INDICATOR_INCOMPLETE, Severity.WARNING, outcome.id(),
                                List.of(label(outcome), List.of(new Term("field.formula"), new Term("field.dataSource")))));
    }

    @Test
    void yearlyTargetBelowThePreviousOne_movesAgainstPolarity() {
        Indicator outcome = current(plan.outcome());
        indicators.setTargets(Actor.SYSTEM, outcome.id(), outcome.version(), values(2027, 91.5), null).block();
        // 2026: 92 → 2027: 91.5 is worse for a higher-is-better indicator; 2027 → 2028 (94) is fine
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::args)
                .containsExactly(tuple(Rule.TARGET_AGAINST_POLARITY, Severity.WARNING,
                        List.of(label(outcome), 2026, 92.0, 2027, 91.5, new Term("polarity.HIGHER_IS_BETTER"))));
    }

    @Test
    void endTarget_mustBeTheLastTarget_orTheSum() {
        Indicator outcome = current(plan.outcome());
        indicators.setTargets(Actor.SYSTEM, outcome.id(), outcome.version(), List.of(), new TargetInput(null, 96.0, null, null))
                .block();
        Indicator output = current(plan.output());
        indicators.setTargets(Actor.SYSTEM, output.id(), output.version(), List.of(), new TargetInput(null, 4000.0, null, null))
                .block();
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::args).containsExactly(
                tuple(Rule.END_TARGET_MISMATCH, Severity.ERROR, List.of(label(outcome), 96.0, 95.0, new Term("aggregation.LATEST"))),
                tuple(Rule.END_TARGET_MISMATCH, Severity.ERROR,
                        List.of(label(output), 4000.0, 5000.0, new Term("aggregation.CUMULATIVE"))));
    }

    @Test
    void cumulativeChildren_thatCannotAddUpToTheirParent() {
        Indicator parent = testPlans.create(plan.chain().program(), input("OC-2", "Jumlah layanan antenatal", "Orang",
                Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE, IndicatorType.OUTCOME, 2024, 1100,
                values(2025, 1200, 1200, 1200, 1200, 1200), 6000.0));
        testPlans.create(plan.chain().kegiatan(), input("OK-1", "Jumlah kunjungan antenatal di puskesmas", "orang",
                Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE, IndicatorType.OUTPUT, 2024, 1000,
                values(2025, 1000, 1000, 1000, 1000, 1000), 5000.0));
        // the only same-unit cumulative child sums to 5,000 at the end of the period, the parent asks 6,000
        assertThat(findings()).extracting(Finding::rule, Finding::variant, Finding::subject, Finding::args)
                .containsExactly(tuple(Rule.CHILD_TARGETS_SHORT, "end", parent, List.of(label(parent), 5000.0, 6000.0, 1)));
    }

    @Test
    void ikuRedefinedInARevision_isAWarning_retargeted_isInfo() {
        PlanVersion adopted = plans.adopt(Actor.SYSTEM, plan.world().draft().id(), plan.world().draft().version()).block();
        PlanVersion revision = plans.revise(Actor.SYSTEM, plan.world().plan().id(), "Perubahan").block();
        assertThat(analytics.findings(revision.id()).block()).isEmpty();

        Indicator iku = indicators.byCode(revision.id(), "IKU-1").block();
        Indicator changed = indicators.update(Actor.SYSTEM, iku.id(), iku.version(), TestPlans.edit(iku,
                "Definisi baru", iku.formula(), iku.dataSource(), TestPlans.baseline(iku), targets(iku))).block();
        assertThat(analytics.findings(revision.id()).block()).extracting(Finding::rule, Finding::severity, Finding::variant, Finding::args)
                .containsExactly(tuple(Rule.IKU_CHANGED, Severity.WARNING, "redefined",
                        List.of(label(iku), List.of(new Term("field.definition")))));

        indicators.update(Actor.SYSTEM, changed.id(), changed.version(), TestPlans.edit(changed, iku.definition(), iku.formula(),
                iku.dataSource(), TestPlans.baseline(iku), targets(iku))).block();
        Indicator restored = current(changed);
        indicators.setTargets(Actor.SYSTEM, restored.id(), restored.version(), values(2028, 5.9), null).block();
        assertThat(analytics.findings(revision.id()).block()).extracting(Finding::rule, Finding::severity, Finding::variant, Finding::args)
                .containsExactly(tuple(Rule.IKU_CHANGED, Severity.INFO, "retargeted", List.of(label(iku), List.of(2028))));
        assertThat(analytics.findings(adopted.id()).block()).isEmpty();
    }

    @Test
    void duplicateIndicator_underTheSameNode_isAWarning_elsewhere_info() {
        Indicator twin = testPlans.create(plan.chain().program(), input("OC-3", "persentase IBU hamil yang mendapat  pelayanan "
                        + "antenatal.", "%", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, IndicatorType.OUTCOME, 2024, 90,
                values(2025, 91, 92, 93, 94, 95), 95.0));
        Indicator cousin = testPlans.create(plan.chain().kegiatan(), input("OK-2", "Persentase ibu hamil yang mendapat pelayanan "
                        + "antenatal", "%", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, IndicatorType.OUTPUT, 2024, 90,
                values(2025, 91, 92, 93, 94, 95), 95.0));
        assertThat(findings()).extracting(Finding::rule, Finding::severity, Finding::variant, Finding::subject).containsExactly(
                tuple(Rule.DUPLICATE_INDICATOR, Severity.WARNING, "sameNode", twin),
                tuple(Rule.DUPLICATE_INDICATOR, Severity.INFO, "version", cousin));
    }

    @Test
    void programCodeNotInTheNomenclature() {
        CascadeNode program = fixtures.node(plan.world().draft(), plan.chain().sasaran(), CascadeKind.PROGRAM, "1.02.99",
                "Program yang tidak ada", plan.world().opdA());
        testPlans.create(program, input("OC-4", "Indikator program baru", "%", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                IndicatorType.OUTCOME, 2024, 10, values(2025, 11, 12, 13, 14, 15), 15.0));
        assertThat(findings()).extracting(Finding::rule, Finding::subject, Finding::args)
                .containsExactly(tuple(Rule.CODE_NOT_IN_NOMENCLATURE, program,
                        List.of(new Term("kind.PROGRAM"), "1.02.99", "Program yang tidak ada")));
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

    private void delete(Indicator i) {
        indicators.delete(Actor.SYSTEM, i.id(), current(i).version()).block();
    }

    static String label(Indicator i) {
        return i.code() + " " + i.name();
    }
}
