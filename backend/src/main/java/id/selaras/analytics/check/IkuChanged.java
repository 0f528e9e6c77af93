package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.analytics.Units;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Target;

/**
 * An IKU changed after adoption: a revision (perubahan) drops, demotes or redefines an IKU of the adopted version it
 * was drafted from (LKE: IKU "sustainable, not changed often within a Renstra period"), or revises its targets (info:
 * a perubahan may do that, but evaluators look). Indicators are matched across versions by lineage.
 */
final class IkuChanged implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        PlanSnapshot.Previous previous = plan.context().previous();
        Map<Long, Indicator> current = plan.indicators().stream()
                .collect(Collectors.toMap(Indicator::lineageId, Function.identity(), (a, b) -> a));
        List<Finding> findings = new ArrayList<>();
        for (Indicator before : previous.iku()) {
            Indicator now = current.get(before.lineageId());
            if (now == null) {
                findings.add(Finding.of(Rule.IKU_CHANGED, Severity.WARNING, before, "removed", Values.label(before)));
            } else if (now.type() != IndicatorType.IKU) {
                findings.add(Finding.of(Rule.IKU_CHANGED, Severity.WARNING, now, "demoted", Values.label(now)));
            } else {
                List<Term> changed = redefined(before, now);
                List<Object> years = retargeted(previous.targets().getOrDefault(before.id(), List.of()), plan.targets(now),
                        before, now);
                if (!changed.isEmpty()) {
                    findings.add(Finding.of(Rule.IKU_CHANGED, Severity.WARNING, now, "redefined", Values.label(now), changed));
                } else if (!years.isEmpty()) {
                    findings.add(Finding.of(Rule.IKU_CHANGED, Severity.INFO, now, "retargeted", Values.label(now), years));
                }
            }
        }
        return findings;
    }

    private static List<Term> redefined(Indicator a, Indicator b) {
        List<Term> changed = new ArrayList<>();
        if (!Values.normaliseName(a.name()).equals(Values.normaliseName(b.name()))) {
            changed.add(Term.of("field", "name"));
        }
        if (!Units.compatible(a.unit(), b.unit())) {
            changed.add(Term.of("field", "unit"));
        }
        if (!Values.sameText(a.definition(), b.definition())) {
            changed.add(Term.of("field", "definition"));
        }
        if (!Values.sameText(a.formula(), b.formula())) {
            changed.add(Term.of("field", "formula"));
        }
        if (a.polarity() != b.polarity()) {
            changed.add(Term.of("field", "polarity"));
        }
        if (a.aggregation() != b.aggregation()) {
            changed.add(Term.of("field", "aggregation"));
        }
        return changed;
    }

    /** The years whose targets differ, then "end of period" when the end target does; empty when none does. */
    private static List<Object> retargeted(List<Target> before, List<Target> after, Indicator a, Indicator b) {
        Map<Integer, Target> was = Values.byYear(before);
        Map<Integer, Target> now = Values.byYear(after);
        SortedSet<Integer> years = new TreeSet<>(was.keySet());
        years.addAll(now.keySet());
        List<Object> changed = new ArrayList<>(years.stream().filter(y -> !same(was.get(y), now.get(y))).toList());
        if (!same(a.endTarget(), b.endTarget())) {
            changed.add(Term.of("field", "endTarget"));
        }
        return changed;
    }

    private static boolean same(Target x, Target y) {
        if (x == null || y == null) {
            return x == y;
        }
        return Objects.equals(x.value(), y.value()) && Objects.equals(x.min(), y.min()) && Objects.equals(x.max(), y.max());
    }
}
