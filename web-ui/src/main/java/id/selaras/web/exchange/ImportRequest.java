package id.selaras.web.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner chose on the import page, as the API's {@code ImportPlanInput}. Kept apart from the view so the
 * rules — a draft or a new plan, a table needs the node its rows belong to — are tested without a browser.
 *
 * @param draftVersionId  the draft to import into, or null for a new plan
 * @param newPlanRegionId the region of the new plan (when there is no draft)
 * @param newPlanKind     the kind of the new plan (RPJMD by default)
 * @param table           true for an IKU / T-C.27 table read through a column mapping, false for the template
 * @param defaultNodeCode the node (by code) that table rows without a node code belong to
 * @param deleteMissing   delete the draft's items the file does not name (template only)
 * @param mapping         the corrected column mapping of a table, or null to let the server guess
 */
public record ImportRequest(String draftVersionId, String newPlanRegionId, String newPlanKind, boolean table,
                            String defaultNodeCode, boolean deleteMissing, ExchangeClient.Mapping mapping) {

    /** The field (as {@code Field} keys on the page) and the message key of what is missing, or none. */
    public record Missing(String field, String messageKey) {
    }

    public List<Missing> missing() {
        if (draftVersionId == null && (newPlanRegionId == null || newPlanRegionId.isBlank())) {
            return List.of(new Missing("target", "exchange.error.target"));
        }
        return List.of();
    }

    public Map<String, Object> toInput(String uploadToken) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("uploadToken", uploadToken);
        if (draftVersionId != null) {
            input.put("planVersionId", draftVersionId);
        } else {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("regionId", newPlanRegionId);
            plan.put("kind", newPlanKind == null ? "RPJMD" : newPlanKind);
            input.put("newPlan", plan);
        }
        input.put("shape", table ? "TABLE" : "TEMPLATE");
        if (table && mapping != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", mapping.sheet());
            m.put("headerRow", mapping.headerRow());
            m.put("firstDataRow", mapping.firstDataRow());
            m.put("columns", mapping.columns().stream().map(c -> {
                Map<String, Object> column = new LinkedHashMap<>();
                column.put("column", c.column());
                column.put("field", c.field());
                column.put("year", c.year());
                return column;
            }).toList());
            String node = blankToNull(defaultNodeCode) != null ? defaultNodeCode.trim() : mapping.defaultNodeCode();
            m.put("defaultNodeCode", node);
            m.put("baselineYear", mapping.baselineYear());
            input.put("mapping", m);
        }
        // A table without a mapping yet: the server guesses the columns and reports the guess, to correct and re-run.
        if (!table) {
            input.put("deleteMissing", deleteMissing);
        }
        return input;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
