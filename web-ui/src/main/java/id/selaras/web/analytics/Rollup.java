package id.selaras.web.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.web.analytics.AnalyticsClient.BandCount;
import id.selaras.web.analytics.AnalyticsClient.Summary;
import id.selaras.web.chart.BarChart;

/**
 * One level of the roll-up (per misi, per sasaran, per OPD) as the dashboard shows it: a row per group with its
 * summary, the bars of the chart, and the bands the table needs as columns (in the rating scheme's order).
 */
record Rollup(String level, List<Row> rows) {

    /** A group: its label and summary. */
    record Row(String label, Summary summary) {
    }

    static Rollup ofNodes(String level, List<AnalyticsClient.NodePerformance> groups) {
        List<Row> rows = new ArrayList<>();
        for (AnalyticsClient.NodePerformance g : groups == null ? List.<AnalyticsClient.NodePerformance>of() : groups) {
            String code = g.node().code();
            rows.add(new Row((code == null || code.isBlank() ? "" : code + " ") + g.node().title(), g.summary()));
        }
        return new Rollup(level, rows);
    }

    static Rollup ofOpds(List<AnalyticsClient.OpdPerformance> groups) {
        List<Row> rows = new ArrayList<>();
        for (AnalyticsClient.OpdPerformance g : groups == null ? List.<AnalyticsClient.OpdPerformance>of() : groups) {
            String shortName = g.opd().shortName();
            rows.add(new Row(shortName == null || shortName.isBlank() ? g.opd().name() : shortName + " – " + g.opd().name(),
                    g.summary()));
        }
        return new Rollup("opd", rows);
    }

    /** Groups with at least one indicator: empty groups would only add bars saying "no data". */
    List<Row> withIndicators() {
        return rows.stream().filter(r -> r.summary().indicatorCount() > 0).toList();
    }

    List<BarChart.Bar> bars() {
        return withIndicators().stream().map(r -> new BarChart.Bar(r.label(), r.summary().meanPercent(),
                r.summary().band() == null ? null : r.summary().band().label(),
                r.summary().band() == null ? null : r.summary().band().colour())).toList();
    }

    /** The band labels over all groups, in the order the scheme lists them, each with its colour. */
    Map<String, String> bands() {
        Map<String, String> bands = new LinkedHashMap<>();
        for (Row r : rows) {
            for (BandCount c : r.summary().bandCounts() == null ? List.<BandCount>of() : r.summary().bandCounts()) {
                bands.putIfAbsent(c.band().label(), c.band().colour());
            }
        }
        return bands;
    }

    static int count(Summary summary, String band) {
        return summary.bandCounts() == null ? 0 : summary.bandCounts().stream().filter(c -> c.band().label().equals(band))
                .mapToInt(BandCount::count).sum();
    }

    /** Groups whose mean falls below 100 % or which have indicators projected off track: where to look first. */
    List<Row> needingAttention() {
        return withIndicators().stream().filter(r -> r.summary().offTrackCount() > 0
                || (r.summary().meanPercent() != null && r.summary().meanPercent() < 100)).toList();
    }
}
