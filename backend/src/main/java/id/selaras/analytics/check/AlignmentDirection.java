package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.indicator.Polarity;

/**
 * A linked local indicator that does not move the way its reference demands: its polarity differs from the
 * reference's, or its trajectory (baseline, else first target, to its last target within the shared years) goes up
 * where the reference must go down, or down where it must go up.
 */
final class AlignmentDirection implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (AlignedPair p : AlignedPair.of(plan)) {
            Polarity local = p.local().polarity();
            Polarity reference = p.reference().indicator().polarity();
            if (local != reference && local != Polarity.RANGE && reference != Polarity.RANGE) {
                findings.add(Finding.of(Rule.ALIGNMENT_DIRECTION, Severity.ERROR, p.local(), "polarity",
                        Values.label(p.local()), Term.of("polarity", local), Term.of("polarity", reference), p.referenceLabel()));
            } else if (p.movesAgainst()) {
                double[] s = p.start();
                double[] e = p.end();
                findings.add(Finding.of(Rule.ALIGNMENT_DIRECTION, Severity.ERROR, p.local(), "trajectory",
                        Values.label(p.local()), (int) s[0], s[1], (int) e[0], e[1], Term.of("polarity", reference),
                        p.referenceLabel()));
            }
        }
        return findings;
    }
}
