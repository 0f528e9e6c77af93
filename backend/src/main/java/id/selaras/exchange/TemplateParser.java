package id.selaras.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.selaras.common.ErrorCode;
import id.selaras.exchange.ParsedWorkbook.IndicatorRow;
import id.selaras.exchange.ParsedWorkbook.Meta;
import id.selaras.exchange.ParsedWorkbook.NodeRow;
import id.selaras.exchange.ParsedWorkbook.OpdRow;
import id.selaras.exchange.xlsx.Columns;
import id.selaras.exchange.xlsx.XlsxFailure;
import id.selaras.exchange.xlsx.XlsxRow;
import id.selaras.exchange.xlsx.XlsxWorkbook;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.plan.PlanKind;

/**
 * Reads a workbook in the template layout: the plan sheet, OPDs, the cascade and the indicators, streaming each
 * sheet row by row. Hidden sheets, merged cells in data rows, missing sheets and columns, duplicate codes and
 * cells that do not fit are problems; nothing here looks at the database.
 */
final class TemplateParser {

    private final XlsxWorkbook workbook;
    private final Problems problems;
    private int rowsRead;
    private int formulaCells;

    TemplateParser(XlsxWorkbook workbook, Problems problems) {
        this.workbook = workbook;
        this.problems = problems;
    }

    ParsedWorkbook parse() throws XlsxFailure {
        Map<String, XlsxWorkbook.Sheet> sheets = new HashMap<>();
        for (XlsxWorkbook.Sheet s : workbook.sheets()) {
            if (s.hidden()) {
                problems.add(s.name(), null, null, ErrorCode.HIDDEN_SHEET, s.name());
            } else {
                sheets.put(Labels.key(s.name()), s);
            }
        }
        Meta meta = meta(Optional.ofNullable(sheets.get(Labels.key(TemplateSheets.PLAN))));
        var opds = new Reading<OpdRow>(TemplateSheets.OPD, TemplateSheets.OPD_COLUMNS, false, this::opd);
        var nodes = new Reading<NodeRow>(TemplateSheets.CASCADE, TemplateSheets.CASCADE_COLUMNS, false, this::node);
        List<TemplateSheets.Column> indicatorColumns = new ArrayList<>(TemplateSheets.INDICATOR_COLUMNS);
        indicatorColumns.addAll(TemplateSheets.INDICATOR_TAIL);
        var indicators = new Reading<IndicatorRow>(TemplateSheets.INDICATORS, indicatorColumns, true, this::indicator);
        read(sheets, opds, false);
        read(sheets, nodes, true);
        read(sheets, indicators, true);
        duplicates(nodes.layout(), nodes.rows.stream().map(n -> Map.entry(n.row(), String.valueOf(n.code()))).toList());
        duplicates(indicators.layout(), indicators.rows.stream().filter(i -> i.code() != null)
                .map(i -> Map.entry(i.row(), i.code())).toList());
        return new ParsedWorkbook(meta, opds.rows, nodes.rows, indicators.rows, opds.layout(), nodes.layout(),
                indicators.layout(), true, rowsRead, formulaCells);
    }

    /** One sheet being read: its header gives the layout, each later row one item. */
    private final class Reading<T> {
        final String sheet;
        final List<TemplateSheets.Column> columns;
        final boolean targets;
        final RowParser<T> parser;
        final List<T> rows = new ArrayList<>();
        Layout layout;
        int headerRow;

        Reading(String sheet, List<TemplateSheets.Column> columns, boolean targets, RowParser<T> parser) {
            this.sheet = sheet;
            this.columns = columns;
            this.targets = targets;
            this.parser = parser;
        }

        void row(XlsxRow row) {
            rowsRead++;
            if (layout == null) {
                layout = Headers.layout(sheet, row, columns, problems, targets);
                headerRow = row.number();
            } else {
                T item = parser.parse(new RowReader(layout, row, problems));
                if (item != null) {
                    rows.add(item);
                }
            }
        }

        Layout layout() {
            return layout == null ? new Layout(sheet, Map.of()) : layout;
        }
    }

    @FunctionalInterface
    private interface RowParser<T> {
        T parse(RowReader r);
    }

    private void read(Map<String, XlsxWorkbook.Sheet> sheets, Reading<?> reading, boolean required) throws XlsxFailure {
        XlsxWorkbook.Sheet sheet = sheets.get(Labels.key(reading.sheet));
        if (sheet == null) {
            if (required) {
                problems.add(reading.sheet, null, null, ErrorCode.MISSING_SHEET, reading.sheet);
            }
            return;
        }
        XlsxWorkbook.SheetSummary summary = workbook.read(sheet, reading::row);
        formulaCells += summary.formulaCells();
        for (String range : summary.mergedRanges()) {
            String last = range.contains(":") ? range.substring(range.indexOf(':') + 1) : range;
            if (Columns.rowOfReference(last) > reading.headerRow) {
                problems.add(reading.sheet, Columns.rowOfReference(range), null, ErrorCode.MERGED_CELLS, range);
            }
        }
        if (required && reading.rows.isEmpty() && problems.none()) {
            problems.add(reading.sheet, null, null, ErrorCode.NO_DATA, reading.sheet);
        }
    }

    private Meta meta(Optional<XlsxWorkbook.Sheet> sheet) throws XlsxFailure {
        if (sheet.isEmpty()) {
            return new Meta(null, null, null, null, null);
        }
        Map<String, XlsxRow> byField = new LinkedHashMap<>();
        Map<String, String> fieldOfLabel = new HashMap<>();
        TemplateSheets.PLAN_ROWS.forEach(c -> fieldOfLabel.put(Labels.key(c.header()), c.field()));
        workbook.read(sheet.get(), row -> {
            rowsRead++;
            String field = fieldOfLabel.get(Labels.key(String.valueOf(row.display(0))));
            if (field != null) {
                byField.put(field, row);
            }
        });
        Layout layout = new Layout(TemplateSheets.PLAN, Map.of("value", 1));
        java.util.function.Function<String, RowReader> at = f -> byField.containsKey(f)
                ? new RowReader(layout, byField.get(f), problems) : null;
        String kind = at.apply("kind") == null ? null : at.apply("kind").text("value");
        PlanKind planKind = null;
        if (kind != null) {
            try {
                planKind = PlanKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                at.apply("kind").report("value", ErrorCode.UNKNOWN_VALUE, kind, "RPJMD, RENSTRA, RKPD, RENJA, RPJPD");
            }
        }
        return new Meta(planKind, at.apply("title") == null ? null : at.apply("title").text("value"),
                at.apply("regionCode") == null ? null : at.apply("regionCode").text("value"),
                at.apply("periodStart") == null ? null : at.apply("periodStart").year("value"),
                at.apply("periodEnd") == null ? null : at.apply("periodEnd").year("value"));
    }

    private OpdRow opd(RowReader r) {
        String code = r.text("code");
        if (code == null) {
            r.report("code", ErrorCode.REQUIRED);
            return null;
        }
        return new OpdRow(r.number(), code, r.text("name"), r.text("shortName"));
    }

    private NodeRow node(RowReader r) {
        String code = r.text("code");
        var kind = r.choice("kind", Labels.KIND);
        if (code == null) {
            r.report("code", ErrorCode.REQUIRED);
        }
        if (kind == null && r.text("kind") == null) {
            r.report("kind", ErrorCode.REQUIRED);
        }
        if (code == null || kind == null) {
            return null;
        }
        return new NodeRow(r.number(), code, r.text("parent"), kind, r.text("title"), r.text("description"),
                r.list("opds"), r.list("supports"));
    }

    private IndicatorRow indicator(RowReader r) {
        String node = r.text("node");
        if (node == null) {
            r.report("node", ErrorCode.REQUIRED);
        }
        Map<Integer, TargetInput> targets = new LinkedHashMap<>();
        Layout layout = r.layout();
        for (int year : layout.years()) {
            TargetInput t = r.target(year, layout.targetColumns().getOrDefault(year, -1),
                    layout.targetMinColumns().get(year), layout.targetMaxColumns().get(year));
            if (t != null) {
                targets.put(year, t);
            }
        }
        TargetInput end = r.target("endTarget", 0, layout.column("endTarget"));
        Integer baselineYear = r.year("baselineYear");
        Double baselineValue = r.number("baselineValue");
        return node == null ? null : new IndicatorRow(r.number(), r.text("code"), node, r.text("name"), r.text("unit"),
                r.text("definition"), r.text("formula"), r.text("dataSource"), r.text("concept"), r.text("classification"),
                r.choice("frequency", Labels.FREQUENCY), r.text("selectionReason"), r.choice("polarity", Labels.POLARITY),
                r.choice("aggregation", Labels.AGGREGATION), r.choice("type", Labels.TYPE), baselineYear, baselineValue,
                targets, end, r.list("opds"));
    }

    private void duplicates(Layout layout, List<Map.Entry<Integer, String>> codes) {
        Map<String, Integer> first = new HashMap<>();
        for (var e : codes) {
            Integer before = first.putIfAbsent(e.getValue(), e.getKey());
            if (before != null) {
                problems.add(layout.sheet(), e.getKey(), layout.letter("code"), ErrorCode.DUPLICATE_ROW, e.getValue(),
                        String.valueOf(before));
            }
        }
    }
}
