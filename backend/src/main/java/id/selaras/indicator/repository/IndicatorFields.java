package id.selaras.indicator.repository;

import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Baseline;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;

/** The editable columns of an indicator, validated. */
public record IndicatorFields(String code, String name, String unit, String definition, String formula, String dataSource,
                              String concept, String classification, Frequency frequency, String selectionReason,
                              Polarity polarity, Aggregation aggregation, IndicatorType type, Baseline baseline,
                              Target endTarget) {
}
