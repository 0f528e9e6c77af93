package id.selaras.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.selaras.exchange.TableMapping.ColumnMapping;
import id.selaras.exchange.TableMapping.Field;
import id.selaras.exchange.xlsx.Columns;
import id.selaras.exchange.xlsx.XlsxCell;
import id.selaras.exchange.xlsx.XlsxRow;

/**
 * Guesses how an IKU or T-C.27 table is laid out: the header is the first row of several cells naming "indikator" (with the rows
 * under it up to the column-number row or the first data row), and each column's header words say what it holds.
 */
final class TableGuess {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

    private TableGuess() {
    }

    /** The header block: {first header row, last header row, first data row}; {1, 1, 2} when no header names "indikator". */
    static int[] block(List<XlsxRow> rows) {
        // the first row of several cells that names "indikator" (a title above the table has one cell)
        XlsxRow header = rows.stream().limit(30).filter(r -> r.cells().size() >= 3 && r.cells().stream()
                .anyMatch(c -> Labels.key(c.display()).contains("indikator"))).findFirst().orElse(null);
        if (header == null) {
            return new int[] {1, 1, 2};
        }
        int indicatorColumn = header.cells().stream().filter(c -> Labels.key(c.display()).contains("indikator"))
                .map(XlsxCell::column).findFirst().orElse(-1);
        int last = header.number();
        int firstData = header.number() + 1;
        for (XlsxRow r : rows) {
            if (r.number() <= header.number()) {
                continue;
            }
            if (numbering(r)) {
                firstData = r.number() + 1;
                break;
            }
            if (r.display(indicatorColumn) != null || r.number() > header.number() + 3) {
                firstData = r.number();
                break;
            }
            last = r.number();
            firstData = r.number() + 1;
        }
        return new int[] {header.number(), last, firstData};
    }

    static TableMapping guess(String sheet, int[] block, Map<Integer, String> headerText) {
        List<ColumnMapping> columns = new ArrayList<>();
        boolean named = false;
        for (var e : headerText.entrySet()) {
            Field field = field(e.getValue());
            if (field == Field.INDICATOR_NAME) {
                if (named) {
                    field = Field.IGNORE;
                }
                named = true;
            }
            Matcher year = YEAR.matcher(e.getValue());
            Integer y = (field == Field.TARGET || field == Field.BASELINE) && year.find() ? Integer.valueOf(year.group(1)) : null;
            columns.add(new ColumnMapping(Columns.letter(e.getKey()), field, y, e.getValue()));
        }
        return new TableMapping(sheet, block[1], block[2], columns, null, null, null, null, null);
    }

    /** What a header's words say a column holds. */
    static Field field(String header) {
        String k = Labels.key(header);
        if (k.equals("no") || k.equals("nomor") || header.matches("(?is).*\\brp\\b.*") || k.contains("pagu")
                || k.contains("anggaran") || k.contains("lokasi") || k.contains("pendanaan") && !YEAR.matcher(k).find()) {
            return Field.IGNORE;
        }
        if (k.contains("kodeindikator")) {
            return Field.INDICATOR_CODE;
        }
        if (k.contains("kode")) {
            return Field.NODE_CODE;
        }
        if (k.contains("satuan")) {
            return Field.UNIT;
        }
        if (k.contains("awal") || k.contains("baseline")) {
            return Field.BASELINE;
        }
        if (k.contains("akhir")) {
            return Field.END_TARGET;
        }
        if (k.contains("penanggungjawab") || k.contains("perangkatdaerah") || k.contains("unitkerja") || k.equals("opd")) {
            return Field.RESPONSIBLE_OPDS;
        }
        if (k.contains("definisi")) {
            return Field.DEFINITION;
        }
        if (k.contains("rumus") || k.contains("formula") || k.contains("caraperhitungan")) {
            return Field.FORMULA;
        }
        if (k.contains("sumberdata")) {
            return Field.DATA_SOURCE;
        }
        if (YEAR.matcher(k).find() || k.matches(".*tahun\\d.*")) {
            return Field.TARGET;
        }
        if (k.contains("indikator") && !k.contains("sasaran") && !k.contains("tujuan")) {
            return Field.INDICATOR_NAME;
        }
        return Field.IGNORE;
    }

    /** A row of column numbers (1, 2, 3, …) that tables often put under their header. */
    private static boolean numbering(XlsxRow r) {
        int n = 0;
        for (XlsxCell c : r.cells()) {
            if (c.kind() != XlsxCell.Kind.NUMBER && !c.display().matches("\\(?\\d+\\)?")) {
                return false;
            }
            n++;
        }
        return n >= 3;
    }
}
