package id.selaras.exchange.graphql;

import java.util.List;

import id.selaras.common.GlobalId;
import id.selaras.exchange.PlanImportRequest;
import id.selaras.exchange.TableMapping;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;
import id.selaras.plan.PlanKind;

/** The GraphQL input types of the plan import, and their translation into a {@link PlanImportRequest}. */
final class ImportInputs {

    private ImportInputs() {
    }

    /** {@code ImportPlanInput}. */
    record ImportPlanInput(String uploadToken, String planVersionId, NewPlanInput newPlan, PlanImportRequest.Shape shape,
                           TableMappingInput mapping, Boolean deleteMissing) {

        PlanImportRequest toRequest() {
            return new PlanImportRequest(uploadToken, GlobalId.decodeOptional("PlanVersion", planVersionId, "input.planVersionId"),
                    newPlan == null ? null : newPlan.toNewPlan(), shape, mapping == null ? null : mapping.toMapping(),
                    Boolean.TRUE.equals(deleteMissing));
        }
    }

    /** {@code NewPlanInput}. */
    record NewPlanInput(String regionId, PlanKind kind, String title, Integer periodStart, Integer periodEnd) {
        PlanImportRequest.NewPlan toNewPlan() {
            return new PlanImportRequest.NewPlan(GlobalId.decode("Region", regionId, "input.newPlan.regionId"), kind, title,
                    periodStart, periodEnd);
        }
    }

    /** {@code TableMappingInput}. */
    record TableMappingInput(String sheet, int headerRow, int firstDataRow, List<TableColumnInput> columns,
                             String defaultNodeCode, Polarity defaultPolarity, Aggregation defaultAggregation,
                             IndicatorType defaultType, Integer baselineYear) {
        TableMapping toMapping() {
            return new TableMapping(sheet, headerRow, firstDataRow, columns == null ? List.of() : columns.stream()
                    .map(c -> new TableMapping.ColumnMapping(c.column(), c.field(), c.year(), null)).toList(),
                    defaultNodeCode, defaultPolarity, defaultAggregation, defaultType, baselineYear);
        }
    }

    /** {@code TableColumnInput}. */
    record TableColumnInput(String column, TableMapping.Field field, Integer year) {
    }

    /** {@code ApplyPlanImportInput}. */
    record ApplyPlanImportInput(String dryRunId, ImportPlanInput request) {
    }
}
