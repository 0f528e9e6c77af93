package id.selaras.analytics.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;

/**
 * A kegiatan or sub-kegiatan with no indicator anywhere in its branch: nothing shows how the activity supports the
 * performance above it (LKE: "activities support intended performance"). Only the top of such a branch is reported.
 */
final class BranchWithoutIndicator implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        Map<Long, Boolean> measured = new HashMap<>();
        plan.nodes().reversed().forEach(n -> measured.put(n.id(), !plan.indicatorsOf(n).isEmpty()
                || plan.children(n).stream().anyMatch(c -> measured.get(c.id()))));
        return plan.nodes().stream()
                .filter(n -> n.kind() == CascadeKind.KEGIATAN || n.kind() == CascadeKind.SUB_KEGIATAN)
                .filter(n -> !measured.get(n.id()) && (n.kind() == CascadeKind.KEGIATAN || parentMeasured(n, measured)))
                .map(n -> Finding.of(Rule.BRANCH_WITHOUT_INDICATOR, Severity.WARNING, n, null,
                        Term.of("kind", n.kind()), Values.label(n)))
                .toList();
    }

    private static boolean parentMeasured(CascadeNode n, Map<Long, Boolean> measured) {
        return n.parentId() == null || measured.getOrDefault(n.parentId(), true);
    }
}
