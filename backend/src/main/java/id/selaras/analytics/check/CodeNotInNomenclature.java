package id.selaras.analytics.check;

import java.util.List;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;

/**
 * A program, kegiatan or sub-kegiatan whose code is missing or not in the nomenclature (Permendagri 90/2019 and its
 * Kepmendagri updates): budget and SIPD entries cannot refer to it. Silent while the nomenclature table is empty,
 * since then nothing can be judged.
 */
final class CodeNotInNomenclature implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        PlanSnapshot.Nomenclature nomenclature = plan.context().nomenclature();
        if (!nomenclature.loaded()) {
            return List.of();
        }
        return plan.nodes().stream()
                .filter(n -> n.kind().nomenclature() && (n.code() == null || !nomenclature.known().contains(n.code())))
                .map(n -> n.code() == null
                        ? Finding.of(Rule.CODE_NOT_IN_NOMENCLATURE, Severity.WARNING, n, "missing", Term.of("kind", n.kind()),
                                n.title())
                        : Finding.of(Rule.CODE_NOT_IN_NOMENCLATURE, Severity.WARNING, n, null, Term.of("kind", n.kind()),
                                n.code(), n.title()))
                .toList();
    }
}
