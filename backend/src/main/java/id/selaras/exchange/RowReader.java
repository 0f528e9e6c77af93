package id.selaras.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.selaras.common.ErrorCode;
import id.selaras.exchange.xlsx.XlsxCell;
import id.selaras.exchange.xlsx.XlsxRow;
import id.selaras.indicator.IndicatorInput.TargetInput;

/**
 * Reads typed values from one row through its sheet's layout, reporting what does not fit (text in a number cell,
 * an unknown word, a formula never calculated) against the cell. A percent-formatted number is read as shown (95%
 * stored as 0.95 reads 95).
 */
final class RowReader {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    private static final Pattern RANGE = Pattern.compile(
            "\\s*(-?\\d+(?:[.,]\\d+)?)\\s*%?\\s*(?:–|—|-|s\\.?\\s*d\\.?|sampai(?: dengan)?)\\s*(-?\\d+(?:[.,]\\d+)?)\\s*%?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final Layout layout;
    private final XlsxRow row;
    private final Problems problems;

    RowReader(Layout layout, XlsxRow row, Problems problems) {
        this.layout = layout;
        this.row = row;
        this.problems = problems;
    }

    int number() {
        return row.number();
    }

    Layout layout() {
        return layout;
    }

    /** The cell's text (numbers as written), or null when blank or when the sheet has no such column. */
    String text(String field) {
        XlsxCell c = cell(field, layout.column(field));
        return c == null ? null : c.display().isBlank() ? null : c.display().strip();
    }

    Double number(String field) {
        return number(field, layout.column(field));
    }

    Integer year(String field) {
        XlsxCell c = cell(field, layout.column(field));
        if (c == null) {
            return null;
        }
        double v = c.kind() == XlsxCell.Kind.NUMBER ? c.number() : parse(c.display());
        if (Double.isNaN(v) || v != Math.rint(v) || v < 1900 || v > 2200) {
            report(field, ErrorCode.NOT_A_YEAR, c.display());
            return null;
        }
        return (int) v;
    }

    /** A target: a number, or a range written "80–90" in one cell (or in a year's min and max columns). */
    TargetInput target(int year, int column, Integer minColumn, Integer maxColumn) {
        String field = "target:" + year;
        if (minColumn != null && maxColumn != null) {
            Double min = number(field, minColumn);
            Double max = number(field, maxColumn);
            return min == null && max == null ? null : new TargetInput(year, null, min, max);
        }
        return target(field, year, column);
    }

    TargetInput target(String field, int year, int column) {
        XlsxCell c = cell(field, column);
        if (c == null) {
            return null;
        }
        if (c.kind() == XlsxCell.Kind.NUMBER) {
            return new TargetInput(year, value(c), null, null);
        }
        String s = c.display();
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            return new TargetInput(year, null, parse(range.group(1)), parse(range.group(2)));
        }
        if (NUMBER.matcher(s.strip()).matches()) {
            return new TargetInput(year, parse(s.strip()), null, null);
        }
        report(field, s.contains("-") || s.contains("–") ? ErrorCode.INVALID_RANGE : ErrorCode.NOT_A_NUMBER, s);
        return null;
    }

    <E extends Enum<E>> E choice(String field, Labels<E> labels) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        E value = labels.parse(s);
        if (value == null) {
            report(field, ErrorCode.UNKNOWN_VALUE, s, String.join(", ", labels.choices()));
        }
        return value;
    }

    /** A list written in one cell, separated by semicolons, commas or line breaks. */
    List<String> list(String field) {
        String s = text(field);
        return s == null ? List.of() : Arrays.stream(s.split("[;,\\n]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    void report(String field, ErrorCode code, Object... args) {
        problems.add(layout.sheet(), row.number(), layout.letter(field), code, args);
    }

    private Double number(String field, int column) {
        XlsxCell c = cell(field, column);
        if (c == null) {
            return null;
        }
        if (c.kind() == XlsxCell.Kind.NUMBER) {
            return value(c);
        }
        String s = c.display().strip();
        if (c.kind() == XlsxCell.Kind.TEXT && NUMBER.matcher(s).matches()) {
            return parse(s);
        }
        report(field, ErrorCode.NOT_A_NUMBER, s);
        return null;
    }

    /** The non-blank cell of a field; errors and never-calculated formulas are reported and read as blank. */
    private XlsxCell cell(String field, int column) {
        XlsxCell c = column < 0 ? null : row.cell(column);
        if (c == null) {
            return null;
        }
        if (c.kind() == XlsxCell.Kind.MISSING_VALUE) {
            problems.add(layout.sheet(), row.number(), c.letter(), ErrorCode.FORMULA_WITHOUT_VALUE);
            return null;
        }
        if (c.kind() == XlsxCell.Kind.ERROR) {
            problems.add(layout.sheet(), row.number(), c.letter(), ErrorCode.CELL_ERROR, c.text());
            return null;
        }
        return c;
    }

    private static double value(XlsxCell c) {
        // 0.95 shown as 95% means 95; rounding keeps 0.07 × 100 at 7 rather than 7.000000000000001
        return c.percent() ? Math.round(c.number() * 100 * 1e9) / 1e9 : c.number();
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
