package id.selaras.exchange.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet row by row through POI's streaming workbook (only a window of rows stays in memory): a bold
 * header, text and number cells, drop-down lists for columns with fixed words, and a frozen header row.
 */
public final class SheetWriter {

    private final SXSSFSheet sheet;
    private final CellStyle bold;
    private final CellStyle wrap;
    private int next;

    public SheetWriter(SXSSFWorkbook workbook, String name) {
        this.sheet = workbook.createSheet(name);
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        bold.setFont(font);
        bold.setWrapText(true);
        this.wrap = workbook.createCellStyle();
        wrap.setWrapText(false);
    }

    /** A header row: bold, frozen, with column widths to match. */
    public SheetWriter header(List<String> headers, List<Integer> widths) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, 256 * (i < widths.size() ? widths.get(i) : 14));
        }
        sheet.createFreezePane(0, next);
        return this;
    }

    /** A bold line of text in the first column (titles above a table). */
    public SheetWriter title(String text) {
        var cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
        return this;
    }

    /** A row of values: {@code String} as text, {@code Number} as a number, null as a blank cell. */
    public SheetWriter row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null && !v.toString().isEmpty()) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
        return this;
    }

    public SheetWriter blank() {
        next++;
        return this;
    }

    /** Offers these words in a drop-down on a column's data rows (1000 rows); other values stay allowed but warned. */
    public SheetWriter choices(int column, List<String> words) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(words.toArray(String[]::new)),
                new CellRangeAddressList(1, 1000, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        sheet.addValidationData(v);
        return this;
    }

    public int rowCount() {
        return next;
    }
}
