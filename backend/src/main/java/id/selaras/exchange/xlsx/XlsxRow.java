package id.selaras.exchange.xlsx;

import java.util.List;

/** One row of a sheet that has at least one non-blank cell; {@code number} is 1-based as spreadsheets show it. */
public record XlsxRow(int number, List<XlsxCell> cells) {

    public XlsxRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column, or null when blank. */
    public XlsxCell cell(int column) {
        for (XlsxCell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    /** The cell's text as a person reads it, or null when blank. */
    public String display(int column) {
        XlsxCell c = column < 0 ? null : cell(column);
        if (c == null) {
            return null;
        }
        String s = c.display();
        return s == null || s.isBlank() ? null : s;
    }
}
