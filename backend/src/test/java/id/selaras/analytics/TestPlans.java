package id.selaras.analytics;

import java.util.List;
import java.util.stream.IntStream;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput;
import id.selaras.indicator.IndicatorInput.BaselineInput;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.security.Actor;
import id.selaras.testing.Fixtures;
import id.selaras.testing.Fixtures.Chain;
import id.selaras.testing.Fixtures.World;

/**
 * Builds the small plans of the analytics tests: a clean RPJMD 2025–2029 (the fixtures' chain with complete, consistent
 * indicators, its sasaran IKU aligned to an RPJMN indicator it outpaces) that yields no finding, to which each test
 * adds exactly one defect.
 */
final class TestPlans {

    private final Fixtures fixtures;
    private final PlanService plans;
    private final IndicatorService indicators;

    TestPlans(Fixtures fixtures, PlanService plans, IndicatorService indicators) {
        this.fixtures = fixtures;
        this.plans = plans;
        this.indicators = indicators;
    }

    /** A clean plan and its parts. */
    record Clean(World world, Chain chain, Indicator poverty, Indicator outcome, Indicator output, Indicator reference) {
    }

    /**
     * RPJMN poverty: 10.0 (2024) → 9.5, 9.0, 8.0, 7.0, 6.0 in "persen"; local sasaran IKU poverty: 9.0 (2024) → 8.5, 8.0,
     * 7.0, 6.0, 5.0 in "%"; program outcome 90 (2024) → 91..95; sub-kegiatan output 1,000 a year, 5,000 in all.
     */
    Clean clean() {
        World w = fixtures.world();
        Chain c = fixtures.chain(w);
        Indicator reference = reference(PlanKind.RPJMN, 2025, 2029, input("RPJMN-KEM", "Tingkat kemiskinan nasional", "persen",
                Polarity.LOWER_IS_BETTER, Aggregation.LATEST, IndicatorType.IKU, 2024, 10.0, values(2025, 9.5, 9.0, 8.0, 7.0, 6.0), 6.0));
        Indicator poverty = create(c.sasaran(), input("IKU-1", "Persentase penduduk miskin", "%", Polarity.LOWER_IS_BETTER,
                Aggregation.LATEST, IndicatorType.IKU, 2024, 9.0, values(2025, 8.5, 8.0, 7.0, 6.0, 5.0), 5.0));
        indicators.align(Actor.SYSTEM, poverty.id(), reference.id(), true).block();
        Indicator outcome = create(c.program(), input("OC-1", "Persentase ibu hamil yang mendapat pelayanan antenatal", "%",
                Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, IndicatorType.OUTCOME, 2024, 90.0,
                values(2025, 91, 92, 93, 94, 95), 95.0));
        Indicator output = create(c.sub(), input("OP-1", "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
                "Orang", Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE, IndicatorType.OUTPUT, 2024, 1000.0,
                values(2025, 1000, 1000, 1000, 1000, 1000), 5000.0));
        return new Clean(w, c, poverty, outcome, output, reference);
    }

    /** A reference plan (RPJMN, national) with one indicator on its visi. */
    Indicator reference(PlanKind kind, int from, int to, IndicatorInput indicator) {
        var plan = plans.createPlan(Actor.SYSTEM, new PlanService.NewPlan(kind, kind + " " + from + "–" + to + " (uji)", null,
                from, to, true, null)).block();
        CascadeNode visi = fixtures.node(plan.draft(), null, CascadeKind.VISI, "V", "Visi acuan");
        return create(visi, indicator);
    }

    Indicator create(CascadeNode node, IndicatorInput input) {
        return indicators.create(Actor.SYSTEM, node.id(), input, null).block();
    }

    /** A complete indicator: definition, formula, data source, unit, baseline, yearly targets and end target. */
    static IndicatorInput input(String code, String name, String unit, Polarity polarity, Aggregation aggregation,
                                IndicatorType type, int baselineYear, double baseline, List<TargetInput> targets, Double end) {
        return new IndicatorInput(code, name, unit, "Definisi operasional " + name, "Rumus " + name, "BPS", null, null,
                Frequency.ANNUAL, null, polarity, aggregation, type, new BaselineInput(baselineYear, baseline), targets,
                end == null ? null : new TargetInput(null, end, null, null), null);
    }

    static List<TargetInput> values(int from, double... values) {
        return IntStream.range(0, values.length).mapToObj(i -> new TargetInput(from + i, values[i], null, null)).toList();
    }

    /** The same indicator with other metadata, as an update submits it (an update replaces the targets: give them). */
    static IndicatorInput edit(Indicator i, String definition, String formula, String source, BaselineInput baseline,
                               List<TargetInput> targets) {
        return new IndicatorInput(i.code(), i.name(), i.unit(), definition, formula, source, i.concept(), i.classification(),
                i.frequency(), i.selectionReason(), i.polarity(), i.aggregation(), i.type(), baseline, targets,
                new TargetInput(null, i.endTarget().value(), i.endTarget().min(), i.endTarget().max()), null);
    }

    /** The indicator with another name, unit, polarity, type or targets, the rest as it is. */
    static IndicatorInput edit(Indicator i, String name, String unit, Polarity polarity, IndicatorType type,
                               List<TargetInput> targets, TargetInput end) {
        return new IndicatorInput(i.code(), name, unit, i.definition(), i.formula(), i.dataSource(), i.concept(),
                i.classification(), i.frequency(), i.selectionReason(), polarity, i.aggregation(), type,
                i.baseline() == null ? null : baseline(i), targets, end, null);
    }

    static BaselineInput baseline(Indicator i) {
        return new BaselineInput(i.baseline().year(), i.baseline().value());
    }
}
