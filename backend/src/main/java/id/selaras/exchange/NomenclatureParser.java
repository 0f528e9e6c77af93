package id.selaras.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.selaras.common.ErrorCode;
import id.selaras.exchange.NomenclatureEntry.Level;
import id.selaras.exchange.xlsx.XlsxCell;
import id.selaras.exchange.xlsx.XlsxFailure;
import id.selaras.exchange.xlsx.XlsxRow;
import id.selaras.exchange.xlsx.XlsxWorkbook;

/**
 * Reads the nomenclature in the layout of the published Kepmendagri lampiran: code split over columns A–E
 * (urusan, bidang, program, kegiatan as "2.01" — often a number 2.01 or 2.1 —, sub-kegiatan), name in F, kinerja,
 * indikator and satuan in G–I; a row with no code continues the name above (or is its note, "Tidak ada kewenangan
 * …"). A code written whole in column A (1.02.02.2.02.0001) with name, kinerja, indikator, satuan in B–E also reads.
 */
final class NomenclatureParser {

    private static final Pattern[] CODES = {
        Pattern.compile("[1-9X]"), Pattern.compile("[1-9X]\\.(\\d{2}|XX)"), Pattern.compile("[1-9X]\\.(\\d{2}|XX)\\.\\d{2}"),
        null, Pattern.compile("[1-9X]\\.(\\d{2}|XX)\\.\\d{2}\\.[12]\\.\\d{2}"),
        Pattern.compile("[1-9X]\\.(\\d{2}|XX)\\.\\d{2}\\.[12]\\.\\d{2}\\.(\\d{2}|\\d{4})")};

    private final int digits;
    private final Problems problems;
    private final List<NomenclatureEntry> entries = new ArrayList<>();
    private final Map<String, Integer> rowOf = new HashMap<>();
    private String sheet;

    NomenclatureParser(NomenclatureRegulation regulation, Problems problems) {
        this.digits = regulation.subKegiatanDigits();
        this.problems = problems;
    }

    List<NomenclatureEntry> parse(XlsxWorkbook workbook) throws XlsxFailure {
        for (XlsxWorkbook.Sheet s : workbook.sheets()) {
            if (s.hidden()) {
                problems.add(s.name(), null, null, ErrorCode.HIDDEN_SHEET, s.name());
                continue;
            }
            sheet = s.name();
            workbook.read(s, this::row);
        }
        for (NomenclatureEntry e : entries) {
            String parent = NomenclatureEntry.parent(e.code());
            if (parent != null && !rowOf.containsKey(parent)) {
                problems.add(sheet, rowOf.get(e.code()), "A", ErrorCode.NOMENCLATURE_PARENT_MISSING, e.code(), parent);
            }
        }
        if (entries.isEmpty() && problems.none()) {
            problems.add(sheet, null, null, ErrorCode.NO_DATA, String.valueOf(sheet));
        }
        return entries;
    }

    private void row(XlsxRow row) {
        if (numbering(row)) {
            return; // the column-number row under the header (1, 2, 3, …)
        }
        String first = row.display(0);
        boolean whole = first != null && first.contains(".") && row.cell(0).kind() == XlsxCell.Kind.TEXT;
        if (first != null && !whole && Character.isLetter(first.charAt(0)) && !first.toUpperCase(Locale.ROOT).startsWith("X")) {
            return; // a header row (KODE, URUSAN, …)
        }
        List<String> parts = new ArrayList<>();
        if (whole) {
            parts.add(first.strip());
        } else {
            for (int c = 0; c < 5; c++) {
                String part = part(row, c);
                if (part != null) {
                    parts.add(part);
                }
            }
        }
        int text = whole ? 1 : 5;
        String name = row.display(text);
        if (parts.isEmpty()) {
            continuation(name);
            return;
        }
        String code = String.join(".", parts);
        int segments = code.split("\\.").length;
        Level level = switch (segments) {
            case 1 -> Level.URUSAN;
            case 2 -> Level.BIDANG;
            case 3 -> Level.PROGRAM;
            case 5 -> Level.KEGIATAN;
            case 6 -> Level.SUB_KEGIATAN;
            default -> null;
        };
        if (level == null || !CODES[segments - 1].matcher(code).matches()
                || level == Level.SUB_KEGIATAN && code.substring(code.lastIndexOf('.') + 1).length() != digits) {
            problems.add(sheet, row.number(), "A", ErrorCode.INVALID_CODE, code, level == null ? "?" : level.name());
            return;
        }
        if (name == null) {
            problems.add(sheet, row.number(), id.selaras.exchange.xlsx.Columns.letter(text), ErrorCode.REQUIRED);
            return;
        }
        Integer before = rowOf.putIfAbsent(code, row.number());
        if (before != null) {
            problems.add(sheet, row.number(), "A", ErrorCode.DUPLICATE_ROW, code, String.valueOf(before));
            return;
        }
        entries.add(new NomenclatureEntry(code, NomenclatureEntry.canonical(code), level, name.strip(), null,
                row.display(text + 1), row.display(text + 2), row.display(text + 3), entries.size() + 1));
    }

    private static boolean numbering(XlsxRow row) {
        if (row.cells().size() < 4) {
            return false;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            if (!String.valueOf(i + 1).equals(row.cells().get(i).display().strip()) || row.cells().get(i).column() != i) {
                return false;
            }
        }
        return true;
    }

    /** One code column's part, written the way the code writes it (bidang 2 → "02", kegiatan 2.1 → "2.10"). */
    private String part(XlsxRow row, int column) {
        XlsxCell c = row.cell(column);
        if (c == null || c.display().isBlank()) {
            return null;
        }
        if (c.kind() != XlsxCell.Kind.NUMBER) {
            return c.display().strip();
        }
        double v = c.number();
        return switch (column) {
            case 0 -> XlsxCell.plain(v);
            case 1, 2 -> String.format(Locale.ROOT, "%02d", (long) v);
            case 3 -> String.format(Locale.ROOT, "%.2f", v);
            default -> String.format(Locale.ROOT, "%0" + digits + "d", (long) v);
        };
    }

    private void continuation(String text) {
        if (text == null || entries.isEmpty()) {
            return;
        }
        NomenclatureEntry last = entries.removeLast();
        String t = text.strip();
        boolean note = t.toLowerCase(Locale.ROOT).matches("^(tidak ada kewenangan|\\(kegiatan|\\(sub kegiatan).*");
        entries.add(new NomenclatureEntry(last.code(), last.canonicalCode(), last.level(), note ? last.name() : last.name() + " " + t,
                note ? t : last.note(), last.performance(), last.indicator(), last.unit(), last.position()));
    }
}
