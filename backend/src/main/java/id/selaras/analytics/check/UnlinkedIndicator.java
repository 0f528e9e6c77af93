package id.selaras.analytics.check;

import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.cascade.CascadeKind;
import id.selaras.indicator.IndicatorType;

/**
 * A sasaran-level IKU or outcome indicator aligned to no reference indicator: the plan does not show which national
 * or provincial target it supports (DOMAIN.md §1.2). Listed for information; national plans have nothing above them.
 */
final class UnlinkedIndicator implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        if (plan.scope().kind().national()) {
            return List.of();
        }
        return plan.indicators().stream()
                .filter(i -> plan.node(i.nodeId()).kind() == CascadeKind.SASARAN)
                .filter(i -> i.type() == IndicatorType.IKU || i.type() == IndicatorType.OUTCOME)
                .filter(i -> plan.references(i).isEmpty())
                .map(i -> Finding.of(Rule.UNLINKED_INDICATOR, Severity.INFO, i, null, Values.label(i)))
                .toList();
    }
}
