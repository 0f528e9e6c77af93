package id.selaras.analytics.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.common.Rows;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Baseline;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Period;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Realisation;
import id.selaras.indicator.Target;
import io.r2dbc.spi.Readable;

/** Maps the rows the analytics read model selects to the features' records, and groups them. */
final class ReadModel {

    private ReadModel() {
    }

    static CascadeNode node(Readable row) {
        return new CascadeNode(Rows.id(row, "id"), Rows.id(row, "plan_version_id"), Rows.optionalId(row, "parent_id"),
                CascadeKind.valueOf(row.get("kind", String.class)), row.get("code", String.class),
                row.get("title", String.class), row.get("description", String.class), row.get("position", Integer.class),
                Rows.optionalId(row, "origin_id"), row.get("version", Integer.class));
    }

    /** An indicator; its end target is dated {@code periodEnd}, the last year of its plan's period. */
    static Indicator indicator(Readable row, int periodEnd) {
        Integer baselineYear = row.get("baseline_year", Integer.class);
        Double endValue = Rows.dbl(row, "end_value");
        Double endMin = Rows.dbl(row, "end_min");
        String type = row.get("type", String.class);
        return new Indicator(Rows.id(row, "id"), Rows.id(row, "node_id"), Rows.id(row, "plan_version_id"),
                Rows.id(row, "lineage_id"), Rows.optionalId(row, "origin_id"), row.get("code", String.class),
                row.get("name", String.class), row.get("unit", String.class), row.get("definition", String.class),
                row.get("formula", String.class), row.get("data_source", String.class), row.get("concept", String.class),
                row.get("classification", String.class), Frequency.valueOf(row.get("frequency", String.class)),
                row.get("selection_reason", String.class), Polarity.valueOf(row.get("polarity", String.class)),
                Aggregation.valueOf(row.get("aggregation", String.class)), type == null ? null : IndicatorType.valueOf(type),
                row.get("position", Integer.class),
                baselineYear == null ? null : new Baseline(baselineYear, Rows.dbl(row, "baseline_value")),
                endValue == null && endMin == null ? null : new Target(periodEnd, endValue, endMin, Rows.dbl(row, "end_max")),
                row.get("version", Integer.class));
    }

    static Map.Entry<Long, Target> target(Readable row) {
        return Map.entry(Rows.id(row, "indicator_id"), new Target(row.get("year", Integer.class), Rows.dbl(row, "value"),
                Rows.dbl(row, "min_value"), Rows.dbl(row, "max_value")));
    }

    static Realisation realisation(Readable row) {
        return new Realisation(Rows.id(row, "id"), Rows.id(row, "lineage_id"), 0, row.get("year", Integer.class),
                Period.valueOf(row.get("period", String.class)), Rows.dbl(row, "value"), row.get("evidence", String.class),
                Rows.instant(row, "reported_at"), row.get("reported_by", String.class), Rows.instant(row, "verified_at"),
                row.get("verified_by", String.class), row.get("version", Integer.class));
    }

    static Map.Entry<Long, Long> pair(Readable row, String key, String value) {
        return Map.entry(Rows.id(row, key), Rows.id(row, value));
    }

    /** Groups entries by key, keeping the order in which the rows came. */
    static <V> Map<Long, List<V>> group(List<Map.Entry<Long, V>> entries) {
        Map<Long, List<V>> result = new LinkedHashMap<>();
        entries.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return result;
    }

    static <T> Map<Long, List<T>> group(List<T> items, Function<T, Long> key) {
        return group(items.stream().map(i -> Map.entry(key.apply(i), i)).toList());
    }
}
