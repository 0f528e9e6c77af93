package id.selaras.exchange;

import java.util.List;
import java.util.Map;

import id.selaras.cascade.CascadeKind;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.IndicatorInput;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;
import id.selaras.plan.PlanKind;

/** What the rows of a workbook say, typed and located, before it is compared with the plan. */
record ParsedWorkbook(Meta meta, List<OpdRow> opds, List<NodeRow> nodes, List<IndicatorRow> indicators,
                      Layout opdLayout, Layout nodeLayout, Layout indicatorLayout, boolean template,
                      int rowsRead, int formulaCells) {

    /** The plan sheet: what a new plan is created with unless the request says otherwise. */
    record Meta(PlanKind kind, String title, String regionCode, Integer periodStart, Integer periodEnd) {
    }

    /** A row of the OPD sheet. */
    record OpdRow(int row, String code, String name, String shortName) {
    }

    /** A row of the cascade sheet; OPDs and supported nodes by code (OPDs also by short name). */
    record NodeRow(int row, String code, String parentCode, CascadeKind kind, String title, String description,
                   List<String> opds, List<String> supports) {
    }

    /** A row of the indicator sheet; {@code targets} by year. */
    record IndicatorRow(int row, String code, String nodeCode, String name, String unit, String definition,
                        String formula, String dataSource, String concept, String classification, Frequency frequency,
                        String selectionReason, Polarity polarity, Aggregation aggregation, IndicatorType type,
                        Integer baselineYear, Double baselineValue, Map<Integer, IndicatorInput.TargetInput> targets,
                        IndicatorInput.TargetInput endTarget, List<String> opds) {
    }
}
