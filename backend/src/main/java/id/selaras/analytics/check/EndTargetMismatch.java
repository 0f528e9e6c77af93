package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Target;

/**
 * An end-of-period target (kondisi akhir) that disagrees with the yearly targets: for LATEST it must equal the last
 * yearly target, for CUMULATIVE their sum, for AVERAGE their mean (DOMAIN.md §5.2: column 14 divides by it). Ranges
 * are compared bound by bound; years without a target are left out (a node added mid-period has fewer).
 */
final class EndTargetMismatch implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            Target end = i.endTarget();
            List<Target> yearly = plan.targets(i).stream()
                    .filter(t -> t.year() >= plan.scope().periodStart() && t.year() <= plan.scope().periodEnd()).toList();
            if (end == null || yearly.isEmpty()) {
                continue;
            }
            double lo = combine(i.aggregation(), yearly, Values::low);
            double hi = combine(i.aggregation(), yearly, Values::high);
            if (!Values.close(Values.low(end), lo) || !Values.close(Values.high(end), hi)) {
                Term how = Term.of("aggregation", i.aggregation());
                findings.add(end.range() || lo != hi
                        ? Finding.of(Rule.END_TARGET_MISMATCH, Severity.ERROR, i, "range", Values.label(i),
                                Values.low(end), Values.high(end), lo, hi, how)
                        : Finding.of(Rule.END_TARGET_MISMATCH, Severity.ERROR, i, null, Values.label(i), end.value(), lo, how));
            }
        }
        return findings;
    }

    static double combine(Aggregation aggregation, List<Target> yearly, ToDoubleFunction<Target> bound) {
        return switch (aggregation) {
            case LATEST -> bound.applyAsDouble(yearly.getLast());
            case CUMULATIVE -> yearly.stream().mapToDouble(bound).sum();
            case AVERAGE -> yearly.stream().mapToDouble(bound).average().orElseThrow();
        };
    }
}
