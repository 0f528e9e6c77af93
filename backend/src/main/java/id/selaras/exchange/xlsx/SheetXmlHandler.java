package id.selaras.exchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses one sheet's XML into typed cells, row by row: shared and inline strings, numbers (with their percent
 * style), booleans, errors, cached formula results, and the merged ranges listed after the rows.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Thrown to stop parsing a sheet with more rows than allowed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final ReadOnlySharedStringsTable strings;
    private final IntPredicate percentStyle;
    private final int maxRows;
    private final XlsxWorkbook.RowHandler handler;
    private final List<String> merged = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private List<XlsxCell> cells = new ArrayList<>();
    private int rowNumber;
    private int column = -1;
    private String type;
    private int style;
    private boolean formula;
    private boolean collecting;
    private int formulaCells;

    SheetXmlHandler(ReadOnlySharedStringsTable strings, IntPredicate percentStyle, int maxRows,
                    XlsxWorkbook.RowHandler handler) {
        this.strings = strings;
        this.percentStyle = percentStyle;
        this.maxRows = maxRows;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (WorkbookSheetsHandler.local(localName, qName)) {
            case "row" -> {
                String r = a.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                if (rowNumber > maxRows) {
                    throw new TooManyRows();
                }
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                String ref = a.getValue("r");
                column = ref == null ? column + 1 : Columns.ofReference(ref);
                type = a.getValue("t");
                String s = a.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                formula = false;
                value.setLength(0);
            }
            case "v", "t" -> collecting = true;
            case "f" -> formula = true;
            case "mergeCell" -> merged.add(a.getValue("ref"));
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (WorkbookSheetsHandler.local(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "c" -> cell();
            case "row" -> {
                if (!cells.isEmpty()) {
                    handler.row(new XlsxRow(rowNumber, cells));
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    private void cell() {
        if (formula) {
            formulaCells++;
        }
        String v = value.toString();
        XlsxCell cell;
        if (v.isEmpty()) {
            cell = formula ? new XlsxCell(column, XlsxCell.Kind.MISSING_VALUE, null, 0, true, false) : null;
        } else if (type == null || "n".equals(type)) {
            cell = number(v);
        } else {
            cell = switch (type) {
                case "s" -> XlsxCell.text(column, strings.getItemAt(Integer.parseInt(v.strip())).getString(), formula);
                case "b" -> new XlsxCell(column, XlsxCell.Kind.BOOLEAN, "1".equals(v) ? "TRUE" : "FALSE", 0, formula, false);
                case "e" -> new XlsxCell(column, XlsxCell.Kind.ERROR, v, 0, formula, false);
                default -> XlsxCell.text(column, v, formula); // inlineStr, str (formula text), d (ISO date)
            };
        }
        if (cell != null && !(cell.kind() == XlsxCell.Kind.TEXT && cell.text().isBlank())) {
            cells.add(cell);
        }
    }

    private XlsxCell number(String v) {
        try {
            return XlsxCell.number(column, Double.parseDouble(v.strip()), formula, style >= 0 && percentStyle.test(style));
        } catch (NumberFormatException e) {
            return new XlsxCell(column, XlsxCell.Kind.ERROR, v, 0, formula, false);
        }
    }

    List<String> mergedRanges() {
        return List.copyOf(merged);
    }

    int formulaCells() {
        return formulaCells;
    }
}
