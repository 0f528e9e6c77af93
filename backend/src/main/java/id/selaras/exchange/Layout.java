package id.selaras.exchange;

import java.util.Map;
import java.util.TreeMap;

import id.selaras.exchange.xlsx.Columns;

/**
 * Where each field of a sheet's rows is: the column of each field, and of the target of each year. A field without
 * a column is absent: an import then keeps what the plan already has for it.
 */
record Layout(String sheet, Map<String, Integer> columns, Map<Integer, Integer> targetColumns,
              Map<Integer, Integer> targetMinColumns, Map<Integer, Integer> targetMaxColumns) {

    Layout {
        columns = Map.copyOf(columns);
        targetColumns = new TreeMap<>(targetColumns);
        targetMinColumns = Map.copyOf(targetMinColumns);
        targetMaxColumns = Map.copyOf(targetMaxColumns);
    }

    Layout(String sheet, Map<String, Integer> columns) {
        this(sheet, columns, Map.of(), Map.of(), Map.of());
    }

    boolean has(String field) {
        return columns.containsKey(field);
    }

    int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    /** The column letter of a field ({@code target:2027} for a year's target), or null. */
    String letter(String field) {
        Integer c;
        if (field.startsWith("target:")) {
            int year = Integer.parseInt(field.substring("target:".length()));
            c = targetColumns.getOrDefault(year, targetMinColumns.get(year));
        } else {
            c = columns.get(field);
        }
        return c == null || c < 0 ? null : Columns.letter(c);
    }

    /** Years with a target column, in order. */
    java.util.Set<Integer> years() {
        java.util.Set<Integer> years = new java.util.TreeSet<>(targetColumns.keySet());
        years.addAll(targetMinColumns.keySet());
        return years;
    }
}
