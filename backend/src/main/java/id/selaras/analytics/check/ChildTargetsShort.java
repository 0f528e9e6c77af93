package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Units;
import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;

/**
 * A cumulative, higher-is-better indicator whose children cannot add up to it: the same-unit cumulative indicators
 * of the node's children, summed, fall short of its end target or of a yearly target (LKE: cascading consistent
 * between levels). The end target is reported when it falls short, else the first year that does.
 */
final class ChildTargetsShort implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (CascadeNode node : plan.nodes()) {
            for (Indicator parent : plan.indicatorsOf(node)) {
                if (!summable(parent)) {
                    continue;
                }
                List<Indicator> parts = plan.children(node).stream().flatMap(c -> plan.indicatorsOf(c).stream())
                        .filter(c -> summable(c) && Units.compatible(c.unit(), parent.unit())).toList();
                if (!parts.isEmpty()) {
                    shortfall(plan, parent, parts).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private static Optional<Finding> shortfall(PlanSnapshot plan, Indicator parent, List<Indicator> parts) {
        if (parent.endTarget() != null && parent.endTarget().value() != null) {
            double sum = parts.stream().mapToDouble(c -> c.endTarget() == null || c.endTarget().value() == null
                    ? 0 : c.endTarget().value()).sum();
            if (sum < parent.endTarget().value() && !Values.close(sum, parent.endTarget().value())) {
                return Optional.of(Finding.of(Rule.CHILD_TARGETS_SHORT, Severity.WARNING, parent, "end",
                        Values.label(parent), sum, parent.endTarget().value(), parts.size()));
            }
        }
        for (Target t : plan.targets(parent)) {
            if (t.value() == null) {
                continue;
            }
            double sum = parts.stream().mapToDouble(c -> value(plan, c, t.year())).sum();
            if (sum < t.value() && !Values.close(sum, t.value())) {
                return Optional.of(Finding.of(Rule.CHILD_TARGETS_SHORT, Severity.WARNING, parent, null,
                        Values.label(parent), sum, t.value(), parts.size(), t.year()));
            }
        }
        return Optional.empty();
    }

    private static double value(PlanSnapshot plan, Indicator c, int year) {
        Map<Integer, Target> byYear = Values.byYear(plan.targets(c));
        Target t = byYear.get(year);
        return t == null || t.value() == null ? 0 : t.value();
    }

    private static boolean summable(Indicator i) {
        return i.aggregation() == Aggregation.CUMULATIVE && i.polarity() == Polarity.HIGHER_IS_BETTER;
    }
}
