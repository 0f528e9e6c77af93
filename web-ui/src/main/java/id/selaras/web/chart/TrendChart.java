package id.selaras.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's targets and realisations over the years as a server-rendered SVG line chart, with the baseline. Styled
 * by classes in the stylesheet; always shown next to its data table (the chart alone is not accessible data).
 */
public final class TrendChart {

    /** One year: its target (null when none) and realisation (null when not reported). */
    public record Point(int year, Double target, Double realisation) {
    }

    static final double WIDTH = 640;
    static final double HEIGHT = 280;
    static final double LEFT = 64;
    static final double RIGHT = 16;
    static final double TOP = 16;
    static final double BOTTOM = 40;

    private TrendChart() {
    }

    public static String render(String title, String unit, Double baseline, Integer baselineYear, List<Point> points, Locale locale,
                                String targetLabel, String realisationLabel) {
        List<Double> values = new ArrayList<>();
        points.forEach(p -> {
            if (p.target() != null) {
                values.add(p.target());
            }
            if (p.realisation() != null) {
                values.add(p.realisation());
            }
        });
        if (baseline != null) {
            values.add(baseline);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = (max - min) == 0 ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.15;
        double lo = min - pad;
        double hi = max + pad;
        int first = points.isEmpty() ? 0 : points.getFirst().year();
        int last = points.isEmpty() ? 1 : points.getLast().year();
        if (baselineYear != null && baselineYear < first) {
            first = baselineYear;
        }
        int from = first;
        int span = Math.max(1, last - first);
        java.util.function.DoubleUnaryOperator y = v -> TOP + (hi - v) / (hi - lo) * (HEIGHT - TOP - BOTTOM);
        java.util.function.IntToDoubleFunction x = year -> LEFT + (double) (year - from) / span * (WIDTH - LEFT - RIGHT);

        Svg svg = new Svg().open(WIDTH, HEIGHT, title, describe(unit, points, locale, targetLabel, realisationLabel));
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            svg.line(LEFT, y.applyAsDouble(v), WIDTH - RIGHT, y.applyAsDouble(v), "grid")
                    .text(LEFT - 8, y.applyAsDouble(v) + 4, Numbers.format(v, locale), "axis", "end");
        }
        for (int year = first; year <= last; year++) {
            svg.text(x.applyAsDouble(year), HEIGHT - BOTTOM + 20, Integer.toString(year), "axis", "middle");
        }
        series(svg, points.stream().filter(p -> p.target() != null).toList(), x, y, true, locale, targetLabel, unit);
        series(svg, points.stream().filter(p -> p.realisation() != null).toList(), x, y, false, locale, realisationLabel, unit);
        if (baseline != null && baselineYear != null) {
            svg.circle(x.applyAsDouble(baselineYear), y.applyAsDouble(baseline), 5, "baseline",
                    baselineYear + ": " + Numbers.withUnit(baseline, unit, locale));
        }
        return svg.close();
    }

    private static void series(Svg svg, List<Point> points, java.util.function.IntToDoubleFunction x,
                               java.util.function.DoubleUnaryOperator y, boolean target, Locale locale, String label, String unit) {
        if (points.isEmpty()) {
            return;
        }
        double[] xs = points.stream().mapToDouble(p -> x.applyAsDouble(p.year())).toArray();
        double[] ys = points.stream().mapToDouble(p -> y.applyAsDouble(target ? p.target() : p.realisation())).toArray();
        svg.polyline(xs, ys, target ? "target-line" : "realisation-line");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            Double v = target ? p.target() : p.realisation();
            svg.circle(xs[i], ys[i], 4, target ? "target-dot" : "realisation-dot", label + " " + p.year() + ": "
                    + Numbers.withUnit(v, unit, locale));
        }
    }

    private static String describe(String unit, List<Point> points, Locale locale, String targetLabel, String realisationLabel) {
        StringBuilder d = new StringBuilder();
        for (Point p : points) {
            d.append(p.year()).append(": ").append(targetLabel).append(' ').append(Numbers.withUnit(p.target(), unit, locale))
                    .append(", ").append(realisationLabel).append(' ').append(Numbers.withUnit(p.realisation(), unit, locale)).append(". ");
        }
        return d.toString().strip();
    }
}
