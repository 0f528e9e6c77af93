package id.selaras.exchange.xlsx;

import java.math.BigDecimal;

/**
 * One non-blank cell as the workbook stores it: its type, its text or number, whether a formula produced it (then
 * the value is the one the spreadsheet program cached), and whether its number is formatted as a percentage.
 */
public record XlsxCell(int column, Kind kind, String text, double number, boolean formula, boolean percent) {

    /** What a cell holds. {@code MISSING_VALUE} is a formula whose result was never calculated and saved. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, MISSING_VALUE }

    public static XlsxCell text(int column, String text, boolean formula) {
        return new XlsxCell(column, Kind.TEXT, text, 0, formula, false);
    }

    public static XlsxCell number(int column, double number, boolean formula, boolean percent) {
        return new XlsxCell(column, Kind.NUMBER, null, number, formula, percent);
    }

    /** The column's letters, A for the first. */
    public String letter() {
        return Columns.letter(column);
    }

    /** The cell as a person reads it: text as is, numbers without a needless ".0". */
    public String display() {
        return switch (kind) {
            case NUMBER -> plain(number);
            case BOOLEAN -> text;
            case TEXT, ERROR -> text;
            case MISSING_VALUE -> "";
        };
    }

    /** A number written the short way (80, 7.5), never in exponent notation. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
