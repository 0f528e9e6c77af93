package id.selaras.analytics.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import id.selaras.indicator.AchievementCalculator;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;

/**
 * Projects an indicator's annual realisations to the end of the period with an ordinary least-squares line through
 * the baseline and every annual realisation so far (x = year, y = value), then measures the projection against the
 * end target with the capaian formulas. Years already reported keep their actual value; only the rest are projected:
 * LATEST takes the last year's value, CUMULATIVE the sum over the period, AVERAGE the mean. Projected capaian of
 * 100% or more is ON_TRACK, from 90% AT_RISK, below that OFF_TRACK. Why this method: docs/analytics.md.
 */
public final class Projector {

    public static final double AT_RISK_FROM = 90;

    private Projector() {
    }

    /** @param annual annual figures by year, within the period and up to the year looked at */
    public static Projection project(Indicator indicator, Map<Integer, Double> annual, int periodStart, int periodEnd) {
        Map<Integer, Double> points = new TreeMap<>(annual);
        if (indicator.baseline() != null) {
            points.putIfAbsent(indicator.baseline().year(), indicator.baseline().value());
        }
        if (indicator.endTarget() == null || points.size() < 2) {
            return Projection.unknown(points.size());
        }
        double meanX = points.keySet().stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
        double meanY = points.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (var p : points.entrySet()) {
            sxy += (p.getKey() - meanX) * (p.getValue() - meanY);
            sxx += (p.getKey() - meanX) * (p.getKey() - meanX);
        }
        double slope = sxy / sxx;
        double total = 0;
        double last = 0;
        for (int y = periodStart; y <= periodEnd; y++) {
            double v = annual.containsKey(y) ? annual.get(y) : meanY + slope * (y - meanX);
            last = v;
            total += indicator.aggregation() == Aggregation.CUMULATIVE ? Math.max(0, v) : v;
        }
        double projected = switch (indicator.aggregation()) {
            case LATEST -> last;
            case CUMULATIVE -> total;
            case AVERAGE -> total / (periodEnd - periodStart + 1);
        };
        Double base = indicator.baseline() == null ? null : indicator.baseline().value();
        Double raw = AchievementCalculator.percent(indicator.polarity(), indicator.endTarget(), projected, base);
        if (raw == null) {
            return new Projection(ProjectionStatus.UNKNOWN, round(projected), null, round(slope), points.size());
        }
        double percent = round(raw);
        ProjectionStatus status = percent >= 100 ? ProjectionStatus.ON_TRACK
                : percent >= AT_RISK_FROM ? ProjectionStatus.AT_RISK : ProjectionStatus.OFF_TRACK;
        return new Projection(status, round(projected), round(percent), round(slope), points.size());
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
