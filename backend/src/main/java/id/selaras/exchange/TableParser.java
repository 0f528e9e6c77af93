package id.selaras.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.selaras.common.ErrorCode;
import id.selaras.exchange.ParsedWorkbook.IndicatorRow;
import id.selaras.exchange.TableMapping.ColumnMapping;
import id.selaras.exchange.TableMapping.Field;
import id.selaras.exchange.xlsx.Columns;
import id.selaras.exchange.xlsx.XlsxFailure;
import id.selaras.exchange.xlsx.XlsxRow;
import id.selaras.exchange.xlsx.XlsxWorkbook;
import id.selaras.indicator.IndicatorInput.TargetInput;

/**
 * Reads an indicator table that is not in the template layout (IKU, T-C.27) through a column mapping: the
 * caller's, or a guessed one that the dry run reports so the caller can correct it. Each row naming an indicator
 * becomes one indicator of the node in its code column (or of the mapping's default node).
 */
final class TableParser {

    private final XlsxWorkbook workbook;
    private final Problems problems;
    private TableMapping used;

    TableParser(XlsxWorkbook workbook, Problems problems) {
        this.workbook = workbook;
        this.problems = problems;
    }

    TableMapping mapping() {
        return used;
    }

    ParsedWorkbook parse(TableMapping given) throws XlsxFailure {
        XlsxWorkbook.Sheet sheet = null;
        for (XlsxWorkbook.Sheet s : workbook.sheets()) {
            if (s.hidden()) {
                problems.add(s.name(), null, null, ErrorCode.HIDDEN_SHEET, s.name());
            } else if (sheet == null && (given == null || given.sheet() == null || Labels.key(s.name()).equals(Labels.key(given.sheet())))) {
                sheet = s;
            }
        }
        if (sheet == null) {
            problems.add(given == null ? null : given.sheet(), null, null, ErrorCode.MISSING_SHEET,
                    given == null || given.sheet() == null ? "?" : given.sheet());
            return null;
        }
        List<XlsxRow> rows = new ArrayList<>();
        XlsxWorkbook.SheetSummary summary = workbook.read(sheet, rows::add);
        int[] block = TableGuess.block(rows);
        TableMapping guess = TableGuess.guess(sheet.name(), block, headerText(rows, summary.mergedRanges(), block[0], block[1]));
        used = given == null ? guess : given;
        Layout layout = layout(sheet.name(), used);
        for (String range : summary.mergedRanges()) {
            if (Columns.rowOfReference(range.substring(range.indexOf(':') + 1)) >= used.firstDataRow()) {
                problems.add(sheet.name(), Columns.rowOfReference(range), null, ErrorCode.MERGED_CELLS, range);
            }
        }
        List<IndicatorRow> indicators = new ArrayList<>();
        for (XlsxRow row : rows) {
            if (row.number() >= used.firstDataRow() && row.display(layout.column("name")) != null) {
                indicators.add(indicator(new RowReader(layout, row, problems), layout));
            }
        }
        return new ParsedWorkbook(new ParsedWorkbook.Meta(null, null, null, null, null), List.of(), List.of(), indicators,
                new Layout(sheet.name(), Map.of()), new Layout(sheet.name(), Map.of()), layout, false, rows.size(),
                summary.formulaCells());
    }

    private Layout layout(String sheet, TableMapping m) {
        Map<String, Integer> columns = new HashMap<>();
        Map<Integer, Integer> targets = new TreeMap<>();
        for (ColumnMapping c : m.columns()) {
            int index = Columns.index(c.column());
            if (index < 0) {
                problems.add(sheet, null, c.column(), ErrorCode.INVALID_MAPPING, String.valueOf(c.column()));
                continue;
            }
            String field = switch (c.field()) {
                case NODE_CODE -> "node";
                case INDICATOR_CODE -> "code";
                case INDICATOR_NAME -> "name";
                case UNIT -> "unit";
                case DEFINITION -> "definition";
                case FORMULA -> "formula";
                case DATA_SOURCE -> "dataSource";
                case BASELINE -> "baselineValue";
                case END_TARGET -> "endTarget";
                case RESPONSIBLE_OPDS -> "opds";
                case TARGET, IGNORE -> null;
            };
            if (c.field() == Field.TARGET) {
                if (c.year() == null) {
                    problems.add(sheet, m.headerRow(), c.column(), ErrorCode.INVALID_MAPPING, c.column() + ": TARGET year");
                } else {
                    targets.put(c.year(), index);
                }
            } else if (field != null) {
                columns.putIfAbsent(field, index);
            }
        }
        if (!columns.containsKey("name")) {
            problems.add(sheet, m.headerRow(), null, ErrorCode.MISSING_COLUMN, "Indikator");
        }
        return new Layout(sheet, columns, targets, Map.of(), Map.of());
    }

    private IndicatorRow indicator(RowReader r, Layout layout) {
        Map<Integer, TargetInput> targets = new LinkedHashMap<>();
        layout.targetColumns().forEach((year, column) -> {
            TargetInput t = r.target("target:" + year, year, column);
            if (t != null) {
                targets.put(year, t);
            }
        });
        String node = layout.has("node") && r.text("node") != null ? r.text("node") : used.defaultNodeCode();
        if (node == null) {
            r.report("node", ErrorCode.REQUIRED);
        }
        Integer baselineYear = used.baselineYear() != null ? used.baselineYear() : used.columns().stream()
                .filter(c -> c.field() == Field.BASELINE && c.year() != null).map(ColumnMapping::year).findFirst().orElse(null);
        Double baseline = r.number("baselineValue");
        return new IndicatorRow(r.number(), r.text("code"), node, r.text("name"), r.text("unit"), r.text("definition"),
                r.text("formula"), r.text("dataSource"), null, null, null, null, null, null, null,
                baseline == null ? null : baselineYear, baseline, targets, r.target("endTarget", 0, layout.column("endTarget")),
                r.list("opds"));
    }

    /** Each column's header words over the header rows, merged header cells spread over their span. */
    private static Map<Integer, String> headerText(List<XlsxRow> rows, List<String> merged, int headerRow, int lastRow) {
        Map<Integer, StringBuilder> text = new TreeMap<>();
        for (XlsxRow r : rows) {
            if (r.number() < headerRow || r.number() > lastRow) {
                continue;
            }
            r.cells().forEach(c -> text.computeIfAbsent(c.column(), k -> new StringBuilder()).append(' ').append(c.display()));
            for (String range : merged) {
                String[] ends = range.split(":");
                if (ends.length == 2 && Columns.rowOfReference(ends[0]) == r.number()) {
                    String value = r.display(Columns.ofReference(ends[0]));
                    for (int c = Columns.ofReference(ends[0]) + 1; value != null && c <= Columns.ofReference(ends[1]); c++) {
                        text.computeIfAbsent(c, k -> new StringBuilder()).append(' ').append(value);
                    }
                }
            }
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        text.forEach((c, b) -> out.put(c, b.toString().strip()));
        return out;
    }
}
