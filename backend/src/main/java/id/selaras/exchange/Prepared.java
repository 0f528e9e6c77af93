package id.selaras.exchange;

import java.util.UUID;

import id.selaras.plan.VersionScope;

/**
 * An import request checked and read: the target (an existing draft's scope, or the scope a new plan will have),
 * the parsed workbook (null when the file could not be read), and what was found wrong so far.
 */
record Prepared(PlanImportRequest request, UUID uploadId, VersionScope scope, PlanImportRequest.NewPlan newPlan,
                ParsedWorkbook file, TableMapping mapping, Problems problems) {

    Prepared with(VersionScope target, PlanImportRequest.NewPlan plan) {
        return new Prepared(request, uploadId, target, plan, file, mapping, problems);
    }

    boolean readable() {
        return file != null;
    }

    boolean createsPlan() {
        return newPlan != null;
    }
}
