package id.selaras.analytics.check;

import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Units;

/**
 * A local indicator measured in another unit than the reference it supports ("%" against "Rupiah"); obvious synonyms
 * ("%", "persen", "Persen") are one unit. Targets in different units cannot be compared, so the ambition check skips
 * such pairs.
 */
final class AlignmentUnit implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        return AlignedPair.of(plan).stream()
                .filter(p -> !Units.compatible(p.local().unit(), p.reference().indicator().unit()))
                .map(p -> Finding.of(Rule.ALIGNMENT_UNIT, Severity.WARNING, p.local(), null, Values.label(p.local()),
                        p.local().unit(), p.reference().indicator().unit(), p.referenceLabel()))
                .toList();
    }
}
