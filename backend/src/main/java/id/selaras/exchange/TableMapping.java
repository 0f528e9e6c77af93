package id.selaras.exchange;

import java.util.List;

import id.selaras.indicator.Aggregation;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;

/**
 * How to read a table that is not in the template layout (an IKU table, a T-C.27 table): which sheet, where the
 * header ends and the data starts, which column holds what, and the values rows do not carry (polarity,
 * aggregation, type, the node that rows without a node code belong to). A dry run reports the mapping it guessed.
 */
public record TableMapping(String sheet, int headerRow, int firstDataRow, List<ColumnMapping> columns,
                           String defaultNodeCode, Polarity defaultPolarity, Aggregation defaultAggregation,
                           IndicatorType defaultType, Integer baselineYear) {

    public TableMapping {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** What a table column holds. */
    public enum Field {
        NODE_CODE, INDICATOR_CODE, INDICATOR_NAME, UNIT, DEFINITION, FORMULA, DATA_SOURCE, BASELINE, TARGET,
        END_TARGET, RESPONSIBLE_OPDS, IGNORE
    }

    /** One column (by letter) and what it holds; {@code year} for TARGET and BASELINE columns. */
    public record ColumnMapping(String column, Field field, Integer year, String header) {
    }
}
