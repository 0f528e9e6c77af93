package id.selaras.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Computes capaian as DOMAIN.md §5.3 prescribes, with the edge cases decided in docs/achievement.md:
 * <ul>
 * <li>higher is better: R/T × 100; lower is better: (2 − R/T) × 100 (PermenPANRB 8/2021, LKjIP);</li>
 * <li>a negative target uses the same formulas measured from |T| (so improvement always raises capaian);</li>
 * <li>a zero target measures progress from the baseline, (R − B)/(T − B) × 100; lower-is-better with no baseline
 *     is 100 when R ≤ 0 and not computable otherwise;</li>
 * <li>ranges: inside is 100; outside, the nearer bound is the target, in the indicator's direction (a RANGE
 *     indicator is penalised on both sides);</li>
 * <li>capaian is never below 0 and is not capped above; missing data is never taken as zero.</li>
 * </ul>
 */
public final class AchievementCalculator {

    private AchievementCalculator() {
    }

    /** Capaian in % (unrounded), or null when the formula is undefined for these values. */
    public static Double percent(Polarity polarity, Target target, double r, Double baseline) {
        if (target.range()) {
            double min = target.min();
            double max = target.max();
            if (r >= min && r <= max) {
                return 100.0;
            }
            return switch (polarity) {
                case HIGHER_IS_BETTER -> higher(r, r > max ? max : min, baseline);
                case LOWER_IS_BETTER -> lower(r, r < min ? min : max, baseline);
                case RANGE -> r < min ? higher(r, min, baseline) : lower(r, max, baseline);
            };
        }
        if (target.value() == null) {
            return null;
        }
        double t = target.value();
        return switch (polarity) {
            case HIGHER_IS_BETTER -> higher(r, t, baseline);
            case LOWER_IS_BETTER -> lower(r, t, baseline);
            // a single value for a RANGE indicator is a degenerate range: any miss counts against it
            case RANGE -> r == t ? 100.0 : (r < t ? higher(r, t, baseline) : lower(r, t, baseline));
        };
    }

    private static Double higher(double r, double t, Double baseline) {
        if (t > 0) {
            return clamp(r / t * 100);
        }
        if (t < 0) {
            return clamp((2 - r / t) * 100);
        }
        return fromBaseline(r, t, baseline);
    }

    private static Double lower(double r, double t, Double baseline) {
        if (t > 0) {
            return clamp((2 - r / t) * 100);
        }
        if (t < 0) {
            return clamp(r / t * 100);
        }
        if (baseline != null && baseline != t) {
            return fromBaseline(r, t, baseline);
        }
        return r <= 0 ? 100.0 : null;
    }

    private static Double fromBaseline(double r, double t, Double baseline) {
        if (baseline == null || baseline == t) {
            return null;
        }
        return clamp((r - baseline) / (t - baseline) * 100);
    }

    private static double clamp(double p) {
        return Math.max(0, p);
    }

    static Double round(Double p) {
        return p == null ? null : BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The achievements of one year: the annual figure, then the year-to-date figure after each quarter for which
     * every quarter up to it was reported.
     */
    public static List<Achievement> ofYear(Indicator indicator, Target target, List<Realisation> ofYear, int year,
                                           RatingScheme scheme) {
        Map<Period, Double> values = new EnumMap<>(Period.class);
        ofYear.forEach(r -> values.put(r.period(), r.value()));
        List<Achievement> result = new ArrayList<>();
        result.add(measure(indicator, target, annual(indicator.aggregation(), values), year, Period.ANNUAL, scheme));
        for (Period q : List.of(Period.Q1, Period.Q2, Period.Q3, Period.Q4)) {
            Double ytd = yearToDate(indicator.aggregation(), values, q);
            if (ytd != null) {
                result.add(measure(indicator, target, ytd, year, q, scheme));
            }
        }
        return result;
    }

    /** The figure for the whole year: reported as ANNUAL, or derived from all four quarters. */
    static Double annual(Aggregation aggregation, Map<Period, Double> values) {
        if (values.containsKey(Period.ANNUAL)) {
            return values.get(Period.ANNUAL);
        }
        return yearToDate(aggregation, values, Period.Q4);
    }

    /** Year to date after quarter {@code q}, or null if a quarter up to it is missing (missing is not zero). */
    static Double yearToDate(Aggregation aggregation, Map<Period, Double> values, Period q) {
        List<Double> upTo = new ArrayList<>();
        for (Period p : Period.values()) {
            if (p.ordinal() > q.ordinal() || p == Period.ANNUAL) {
                break;
            }
            Double v = values.get(p);
            if (v == null) {
                return null;
            }
            upTo.add(v);
        }
        return switch (aggregation) {
            case CUMULATIVE -> upTo.stream().mapToDouble(Double::doubleValue).sum();
            case LATEST -> upTo.getLast();
            case AVERAGE -> upTo.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        };
    }

    /**
     * Achievement of the end-of-period target so far. Cumulative indicators add up the annual figures from the first
     * year of the period until the first year without one; latest-value indicators take the last year reported;
     * averages average the years reported.
     */
    public static Achievement ofPeriod(Indicator indicator, int periodStart, int periodEnd,
                                       Map<Integer, Double> annualByYear, RatingScheme scheme) {
        Target end = indicator.endTarget();
        Double value = null;
        int year = periodEnd;
        switch (indicator.aggregation()) {
            case CUMULATIVE -> {
                double sum = 0;
                Integer last = null;
                for (int y = periodStart; y <= periodEnd && annualByYear.containsKey(y); y++) {
                    sum += annualByYear.get(y);
                    last = y;
                }
                if (last != null) {
                    value = sum;
                    year = last;
                }
            }
            case LATEST -> {
                var last = annualByYear.keySet().stream().filter(y -> y >= periodStart && y <= periodEnd)
                        .max(Integer::compare);
                if (last.isPresent()) {
                    value = annualByYear.get(last.get());
                    year = last.get();
                }
            }
            case AVERAGE -> {
                OptionalDouble avg = annualByYear.entrySet().stream()
                        .filter(e -> e.getKey() >= periodStart && e.getKey() <= periodEnd)
                        .mapToDouble(Map.Entry::getValue).average();
                if (avg.isPresent()) {
                    value = avg.getAsDouble();
                    year = annualByYear.keySet().stream().filter(y -> y >= periodStart && y <= periodEnd)
                            .max(Integer::compare).orElse(periodEnd);
                }
            }
        }
        return measure(indicator, end, value, year, Period.ANNUAL, scheme);
    }

    static Achievement measure(Indicator indicator, Target target, Double realisation, int year, Period period,
                               RatingScheme scheme) {
        if (target == null) {
            return new Achievement(year, period, null, realisation, null, null, AchievementStatus.NO_TARGET);
        }
        if (realisation == null) {
            return new Achievement(year, period, target, null, null, null, AchievementStatus.NO_REALISATION);
        }
        Double baseline = indicator.baseline() == null ? null : indicator.baseline().value();
        Double p = round(percent(indicator.polarity(), target, realisation, baseline));
        if (p == null) {
            return new Achievement(year, period, target, realisation, null, null, AchievementStatus.NOT_COMPUTABLE);
        }
        return new Achievement(year, period, target, realisation, p, scheme == null ? null : scheme.band(p),
                AchievementStatus.MEASURED);
    }
}
