package id.selaras.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading and editing whole workbooks in tests: every cell as text, and small edits to an exported file. */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * Every cell of every sheet as "Sheet!A1=value" lines, leaving out the plan sheet's generated rows (region,
     * version, export time): two exports of equal plans give equal lists.
     */
    static List<String> cells(byte[] xlsx) {
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    String label = row.getCell(0) == null ? "" : format.formatCellValue(row.getCell(0));
                    if (sheet.getSheetName().equals("Rencana")
                            && List.of("Kode Wilayah", "Nama Wilayah", "Versi", "Diekspor Pada").contains(label)) {
                        continue;
                    }
                    for (Cell cell : row) {
                        String v = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                ? Double.toString(cell.getNumericCellValue()) : format.formatCellValue(cell);
                        if (!v.isEmpty()) {
                            out.add(sheet.getSheetName() + "!" + cell.getAddress().formatAsString() + "=" + v);
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sheets' rows as text, to find things in. */
    static Map<String, List<List<String>>> rows(byte[] xlsx) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                out.put(sheet.getSheetName(), rows);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the workbook after an edit. */
    static byte[] edit(byte[] xlsx, Consumer<Workbook> change) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The row of a sheet whose first cell is {@code key} (0-based index), or -1. */
    static int rowOf(Sheet sheet, String key) {
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        for (Row row : sheet) {
            if (row.getCell(0) != null && key.equals(format.formatCellValue(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        return -1;
    }
}
