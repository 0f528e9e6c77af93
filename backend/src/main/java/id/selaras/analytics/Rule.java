package id.selaras.analytics;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;

/**
 * A check of the planning-quality and alignment checklist that Selaras runs on a plan version, after the criteria an
 * AKIP evaluator scores (LKE, PermenPANRB 88/2021; DOMAIN.md §4.3). Each rule is documented in docs/analytics.md.
 */
public enum Rule {
    NODE_WITHOUT_INDICATOR(Severity.ERROR),
    NODE_WITHOUT_OPD(Severity.WARNING),
    BRANCH_WITHOUT_INDICATOR(Severity.WARNING),
    INDICATOR_INCOMPLETE(Severity.ERROR),
    INDICATOR_WORDING(Severity.WARNING),
    TARGET_AGAINST_POLARITY(Severity.WARNING),
    END_TARGET_MISMATCH(Severity.ERROR),
    CHILD_TARGETS_SHORT(Severity.WARNING),
    IKU_CHANGED(Severity.WARNING),
    DUPLICATE_INDICATOR(Severity.WARNING),
    CODE_NOT_IN_NOMENCLATURE(Severity.WARNING),
    ALIGNMENT_UNIT(Severity.WARNING),
    ALIGNMENT_YEARS(Severity.WARNING),
    ALIGNMENT_DIRECTION(Severity.ERROR),
    ALIGNMENT_AMBITION(Severity.WARNING),
    UNLINKED_INDICATOR(Severity.INFO);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    /** The most severe level the rule reports (some cases of a rule report less: see docs/analytics.md). */
    public Severity severity() {
        return severity;
    }

    public String descriptionKey() {
        return "rule." + name() + ".description";
    }

    /** The rule named by an API argument; UNKNOWN_RULE (BAD_REQUEST) for anything else. */
    public static Rule parse(String id, String field) {
        for (Rule rule : values()) {
            if (rule.name().equals(id)) {
                return rule;
            }
        }
        throw SelarasException.of(ErrorCode.UNKNOWN_RULE, field, String.valueOf(id));
    }
}
