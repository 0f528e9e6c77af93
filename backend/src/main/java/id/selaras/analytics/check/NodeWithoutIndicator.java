package id.selaras.analytics.check;

import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.cascade.CascadeKind;

/** A sasaran or program with no indicator: its achievement cannot be measured (LKE: measurable, SMART indicators). */
final class NodeWithoutIndicator implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        return plan.nodes().stream()
                .filter(n -> n.kind() == CascadeKind.SASARAN || n.kind() == CascadeKind.PROGRAM)
                .filter(n -> plan.indicatorsOf(n).isEmpty())
                .map(n -> Finding.of(Rule.NODE_WITHOUT_INDICATOR, Severity.ERROR, n, null,
                        Term.of("kind", n.kind()), Values.label(n)))
                .toList();
    }
}
