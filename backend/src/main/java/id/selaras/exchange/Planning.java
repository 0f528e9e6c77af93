package id.selaras.exchange;

import java.util.ArrayList;
import java.util.List;

import id.selaras.common.Problem;
import id.selaras.plan.PlanKind;
import id.selaras.plan.VersionScope;

/**
 * The state of one import being planned: the file, the plan as it is, the problems and changes found so far, and
 * the steps that applying will run, in order.
 */
final class Planning {

    final ParsedWorkbook file;
    final PlanSnapshot current;
    final VersionScope scope;
    final PlanKind planKind;
    final boolean deleteMissing;
    final Problems problems;
    final List<ImportChange> changes = new ArrayList<>();
    final List<ImportStep> steps = new ArrayList<>();
    final List<ImportStep> deletions = new ArrayList<>();
    final List<ImportStep> nodeDeletions = new ArrayList<>();
    OpdReferences opds;
    TableMapping mapping;

    Planning(ParsedWorkbook file, PlanSnapshot current, VersionScope scope, boolean deleteMissing, Problems problems) {
        this.file = file;
        this.current = current;
        this.scope = scope;
        this.planKind = scope.kind();
        this.deleteMissing = deleteMissing;
        this.problems = problems;
    }

    void change(ImportChange.Item item, ImportChange.Action action, String code, Layout layout, Integer row,
                List<String> fields) {
        changes.add(new ImportChange(item, action, code, layout == null ? null : layout.sheet(), row, fields));
    }

    /** Reports rule problems (from the features' validations) against the row's cells. */
    void report(List<Problem> found, Layout layout, int row, List<Integer> targetYears) {
        ImportStep where = new ImportStep(layout.sheet(), row, layout, targetYears, c -> null);
        found.forEach(p -> problems.add(layout.sheet(), row, where.column(p.field()), p.code(), p.args().toArray()));
    }

    /** All steps in the order they must run: writes first, then deletions (indicators before nodes). */
    List<ImportStep> allSteps() {
        List<ImportStep> all = new ArrayList<>(steps);
        all.addAll(deletions);
        all.addAll(nodeDeletions);
        return all;
    }
}
