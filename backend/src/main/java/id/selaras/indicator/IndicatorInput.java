package id.selaras.indicator;

import java.util.List;

/** An indicator as a caller submits it, before validation; {@code targets} null means "leave as they are". */
public record IndicatorInput(String code, String name, String unit, String definition, String formula, String dataSource,
                             String concept, String classification, Frequency frequency, String selectionReason,
                             Polarity polarity, Aggregation aggregation, IndicatorType type, BaselineInput baseline,
                             List<TargetInput> targets, TargetInput endTarget, List<Long> responsibleOpdIds) {

    /** A submitted baseline. */
    public record BaselineInput(Integer year, Double value) {
    }

    /** A submitted target: a value or a range. */
    public record TargetInput(Integer year, Double value, Double min, Double max) {
    }
}
