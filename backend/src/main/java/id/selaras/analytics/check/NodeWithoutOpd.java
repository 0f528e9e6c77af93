package id.selaras.analytics.check;

import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;

/**
 * An orphan: a program, kegiatan or sub-kegiatan that no perangkat daerah is responsible for. Every node has a parent
 * of the right kind (the cascade enforces it), so what can break is the chain of accountability: nobody may report
 * its realisations, and the Renstra table T-C.27 has no "unit kerja penanggung jawab" for its row.
 */
final class NodeWithoutOpd implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        return plan.nodes().stream()
                .filter(n -> n.kind().nomenclature() && plan.opdsOf(n).isEmpty())
                .map(n -> Finding.of(Rule.NODE_WITHOUT_OPD, Severity.WARNING, n, null,
                        Term.of("kind", n.kind()), Values.label(n)))
                .toList();
    }
}
