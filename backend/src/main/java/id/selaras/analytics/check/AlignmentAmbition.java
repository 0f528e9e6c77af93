package id.selaras.analytics.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Units;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;

/**
 * A linked local target less ambitious than its reference: the reference's compound annual rate of change, from its
 * baseline to its last target, applied to the local baseline, gives the level the local indicator should reach by
 * the last shared year; a local target short of it (below when higher is better, above when lower is better) is
 * reported. Ranges count with their least demanding bound. Worked example in docs/analytics.md.
 */
final class AlignmentAmbition implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (AlignedPair p : AlignedPair.of(plan)) {
            Indicator ref = p.reference().indicator();
            Polarity polarity = ref.polarity();
            if (!p.overlaps() || polarity == Polarity.RANGE || p.local().polarity() != polarity
                    || !Units.compatible(p.local().unit(), ref.unit()) || p.movesAgainst()) {
                continue;
            }
            double[] local = p.end();
            double[] refEnd = referenceEnd(p);
            if (local == null || refEnd == null || p.local().baseline() == null || ref.baseline() == null) {
                continue;
            }
            double b = p.local().baseline().value();
            double rb = ref.baseline().value();
            if (b <= 0 || rb <= 0 || refEnd[1] < 0 || refEnd[0] <= ref.baseline().year() || local[0] <= p.local().baseline().year()) {
                continue;
            }
            double rate = Math.pow(refEnd[1] / rb, 1 / (refEnd[0] - ref.baseline().year())) - 1;
            double expected = round(b * Math.pow(1 + rate, local[0] - p.local().baseline().year()));
            if (polarity == Polarity.HIGHER_IS_BETTER ? local[1] < expected : local[1] > expected) {
                findings.add(Finding.of(Rule.ALIGNMENT_AMBITION, Severity.WARNING, p.local(), null, Values.label(p.local()),
                        (int) local[0], local[1], expected, round(rate * 100), p.referenceLabel()));
            }
        }
        return findings;
    }

    /** The reference's last commitment: its end target, else its last yearly target, as {year, value}. */
    private static double[] referenceEnd(AlignedPair p) {
        Indicator ref = p.reference().indicator();
        Target end = ref.endTarget() != null ? ref.endTarget()
                : p.reference().targets().isEmpty() ? null : p.reference().targets().getLast();
        Double value = end == null ? null : Values.lenient(end, ref.polarity());
        return value == null ? null : new double[] {end.year(), value};
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
