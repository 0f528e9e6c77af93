package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;

/**
 * Years covered: a local indicator aligned to a reference must have a target for every year both plans cover, so
 * that each RKPD year can be checked against the reference; a link to a plan whose period does not overlap at all is
 * reported too (it was probably meant for the next or the previous plan).
 */
final class AlignmentYears implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (AlignedPair p : AlignedPair.of(plan)) {
            if (!p.overlaps()) {
                findings.add(Finding.of(Rule.ALIGNMENT_YEARS, Severity.WARNING, p.local(), "noOverlap", Values.label(p.local()),
                        p.referenceLabel(), p.reference().periodStart(), p.reference().periodEnd()));
                continue;
            }
            List<Object> missing = new ArrayList<>();
            for (int y = p.from(); y <= p.to(); y++) {
                if (!p.localTargets().containsKey(y)) {
                    missing.add(Integer.toString(y));
                }
            }
            if (!missing.isEmpty()) {
                findings.add(Finding.of(Rule.ALIGNMENT_YEARS, Severity.WARNING, p.local(), "missing", Values.label(p.local()),
                        p.referenceLabel(), missing));
            }
        }
        return findings;
    }
}
