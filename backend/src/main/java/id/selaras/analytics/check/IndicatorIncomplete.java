package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.analytics.Units;
import id.selaras.indicator.Indicator;

/**
 * An indicator missing its definition (definisi operasional), formula, data source, unit or baseline (LKE: "definisi
 * operasional and measurement method for each indicator"; "targets with no baseline"). Without a definition or a
 * baseline it cannot be measured or judged: an error; a missing formula or source is a warning.
 */
final class IndicatorIncomplete implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            List<Term> missing = new ArrayList<>();
            add(missing, blank(i.definition()), "definition");
            add(missing, blank(i.formula()), "formula");
            add(missing, blank(i.dataSource()), "dataSource");
            add(missing, Units.missing(i.unit()), "unit");
            add(missing, i.baseline() == null, "baseline");
            if (!missing.isEmpty()) {
                boolean severe = blank(i.definition()) || i.baseline() == null;
                findings.add(Finding.of(Rule.INDICATOR_INCOMPLETE, severe ? Severity.ERROR : Severity.WARNING, i, null,
                        Values.label(i), missing));
            }
        }
        return findings;
    }

    private static void add(List<Term> missing, boolean isMissing, String field) {
        if (isMissing) {
            missing.add(Term.of("field", field));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
