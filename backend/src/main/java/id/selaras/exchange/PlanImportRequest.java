package id.selaras.exchange;

import id.selaras.plan.PlanKind;

/**
 * What to import and where: an uploaded workbook, into an existing draft version or into a new plan, read in the
 * template layout or as a mapped table, and whether items missing from the file are deleted.
 */
public record PlanImportRequest(String uploadToken, Long planVersionId, NewPlan newPlan, Shape shape,
                                TableMapping mapping, boolean deleteMissing) {

    /** The layout of the workbook. */
    public enum Shape { TEMPLATE, TABLE }

    /** A plan to create; values left null are taken from the workbook's plan sheet (kind defaults to RPJMD). */
    public record NewPlan(Long regionId, PlanKind kind, String title, Integer periodStart, Integer periodEnd) {
    }

    public Shape shapeOrDefault() {
        return shape == null ? Shape.TEMPLATE : shape;
    }
}
