package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;

/**
 * A yearly target worse than the one before it (or than the baseline) in the indicator's direction: a level that is
 * planned to get worse (LKE: targets challenging and realistic). Cumulative indicators are skipped (their yearly
 * targets are amounts, whose total still grows), and so are ranges (they have no direction).
 */
final class TargetAgainstPolarity implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            if (i.polarity() == Polarity.RANGE || i.aggregation() == Aggregation.CUMULATIVE) {
                continue;
            }
            List<Target> steps = new ArrayList<>();
            List<Target> values = plan.targets(i).stream().filter(t -> t.value() != null).toList();
            if (i.baseline() != null && !values.isEmpty() && i.baseline().year() < values.getFirst().year()) {
                steps.add(new Target(i.baseline().year(), i.baseline().value(), null, null));
            }
            steps.addAll(values);
            for (int k = 1; k < steps.size(); k++) {
                Target a = steps.get(k - 1);
                Target b = steps.get(k);
                double change = b.value() - a.value();
                if (i.polarity() == Polarity.HIGHER_IS_BETTER ? change < 0 : change > 0) {
                    findings.add(Finding.of(Rule.TARGET_AGAINST_POLARITY, Severity.WARNING, i,
                            k == 1 && steps.size() > values.size() ? "baseline" : null, Values.label(i),
                            a.year(), a.value(), b.year(), b.value(), Term.of("polarity", i.polarity())));
                }
            }
        }
        return findings;
    }
}
