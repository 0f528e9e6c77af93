package id.selaras.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.selaras.common.ErrorCode;
import id.selaras.exchange.xlsx.XlsxCell;
import id.selaras.exchange.xlsx.XlsxRow;

/** Turns a template sheet's header row into a {@link Layout}, reporting required columns that are missing. */
final class Headers {

    private static final Pattern TARGET = Pattern.compile("target(\\d{4})(min|maks|max)?");

    private Headers() {
    }

    static Layout layout(String sheet, XlsxRow header, List<TemplateSheets.Column> columns, Problems problems,
                         boolean withTargets) {
        Map<String, Integer> byKey = new HashMap<>();
        for (XlsxCell c : header.cells()) {
            byKey.putIfAbsent(Labels.key(c.display()), c.column());
        }
        Map<String, Integer> found = new HashMap<>();
        for (TemplateSheets.Column col : columns) {
            Integer at = byKey.get(Labels.key(col.header()));
            if (at != null) {
                found.put(col.field(), at);
            } else if (col.required()) {
                problems.add(sheet, header.number(), null, ErrorCode.MISSING_COLUMN, col.header());
            }
        }
        Map<Integer, Integer> targets = new HashMap<>();
        Map<Integer, Integer> mins = new HashMap<>();
        Map<Integer, Integer> maxes = new HashMap<>();
        if (withTargets) {
            for (XlsxCell c : header.cells()) {
                Matcher m = TARGET.matcher(Labels.key(c.display()));
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(1));
                    (m.group(2) == null ? targets : m.group(2).equals("min") ? mins : maxes).put(year, c.column());
                }
            }
        }
        return new Layout(sheet, found, targets, mins, maxes);
    }
}
