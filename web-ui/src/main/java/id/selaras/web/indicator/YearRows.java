package id.selaras.web.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import id.selaras.web.chart.Numbers;
import id.selaras.web.chart.TrendChart;
import id.selaras.web.comment.ProposalText;

/**
 * The year-by-year figures of an indicator, once for the chart and once, as text in the page's number format, for
 * the table beside it (the chart alone is not accessible data).
 */
public final class YearRows {

    /** One row of the table: year, target, realisation, capaian and its band (label and colour). */
    public record Row(int year, String target, String realisation, String percent, String band, String colour,
                      boolean yearToDate) {
    }

    private YearRows() {
    }

    /** The achievement that speaks for each year: the annual one, else the latest year-to-date one. */
    static Map<Integer, IndicatorData.Achievement> byYear(IndicatorData indicator) {
        Map<Integer, IndicatorData.Achievement> byYear = new TreeMap<>();
        for (IndicatorData.Achievement a : indicator.achievementList()) {
            if (a.year() == null) {
                continue;
            }
            IndicatorData.Achievement known = byYear.get(a.year());
            if (known == null || !"ANNUAL".equals(known.period())) {
                byYear.put(a.year(), a);
            }
        }
        return byYear;
    }

    private static Map<Integer, IndicatorData.Target> targets(IndicatorData indicator) {
        Map<Integer, IndicatorData.Target> targets = new TreeMap<>();
        indicator.targetList().stream().filter(t -> t.year() != null).forEach(t -> targets.put(t.year(), t));
        return targets;
    }

    /** The chart's points: a range target is drawn at its middle. */
    public static List<TrendChart.Point> points(IndicatorData indicator) {
        Map<Integer, IndicatorData.Target> targets = targets(indicator);
        Map<Integer, IndicatorData.Achievement> achieved = byYear(indicator);
        TreeMap<Integer, Boolean> years = new TreeMap<>();
        targets.keySet().forEach(y -> years.put(y, true));
        achieved.keySet().forEach(y -> years.put(y, true));
        List<TrendChart.Point> points = new ArrayList<>();
        for (int year : years.keySet()) {
            IndicatorData.Target t = targets.get(year);
            IndicatorData.Achievement a = achieved.get(year);
            points.add(new TrendChart.Point(year, t == null ? null : drawn(t), a == null ? null : a.realisation()));
        }
        return points;
    }

    private static Double drawn(IndicatorData.Target t) {
        if (t.value() != null) {
            return t.value();
        }
        if (t.min() != null && t.max() != null) {
            return (t.min() + t.max()) / 2;
        }
        return t.min() != null ? t.min() : t.max();
    }

    /** The table's rows, in year order. */
    public static List<Row> rows(IndicatorData indicator, Locale locale) {
        Map<Integer, IndicatorData.Target> targets = targets(indicator);
        Map<Integer, IndicatorData.Achievement> achieved = byYear(indicator);
        List<Row> rows = new ArrayList<>();
        for (TrendChart.Point p : points(indicator)) {
            IndicatorData.Target t = targets.get(p.year());
            IndicatorData.Achievement a = achieved.get(p.year());
            rows.add(new Row(p.year(),
                    // The unit is in the table's caption: cells stay narrow enough for a phone.
                    t == null ? "–" : ProposalText.target(t.value(), t.min(), t.max(), null, locale),
                    a == null || a.realisation() == null ? "–" : Numbers.format(a.realisation(), locale),
                    a == null ? "–" : Numbers.percent(a.percent(), locale),
                    a == null || a.band() == null ? null : a.band().label(),
                    a == null || a.band() == null ? null : a.band().colour(),
                    a != null && a.period() != null && !"ANNUAL".equals(a.period())));
        }
        return rows;
    }
}
