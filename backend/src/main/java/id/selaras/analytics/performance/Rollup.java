package id.selaras.analytics.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import id.selaras.indicator.AchievementStatus;
import id.selaras.indicator.RatingScheme;

/**
 * Rolls indicators up into a {@link PerformanceSummary}: every measured indicator weighs the same, and each counts
 * with its capaian capped at 120% (the ceiling PermenPANRB 8/2021 puts on a converted achievement), so one
 * over-achiever can lift the mean by at most 20 points per indicator and cannot hide a failure for long. Indicators
 * without a capaian are counted by reason, never as zero.
 */
public final class Rollup {

    public static final double CAP = 120;

    private Rollup() {
    }

    public static PerformanceSummary of(List<IndicatorPerformance> members, RatingScheme scheme) {
        List<IndicatorPerformance> measured = members.stream()
                .filter(m -> m.achievement().status() == AchievementStatus.MEASURED).toList();
        Double mean = measured.isEmpty() ? null : BigDecimal.valueOf(measured.stream()
                        .mapToDouble(IndicatorPerformance::countedPercent).average().orElseThrow())
                .setScale(2, RoundingMode.HALF_UP).doubleValue();
        List<BandCount> bands = scheme.bands().stream().map(b -> new BandCount(b, (int) measured.stream()
                .filter(m -> m.achievement().band() != null && Objects.equals(m.achievement().band().label(), b.label()))
                .count())).toList();
        return new PerformanceSummary(members.size(), measured.size(), mean, scheme.band(mean), bands,
                count(members, AchievementStatus.NO_REALISATION), count(members, AchievementStatus.NO_TARGET),
                count(members, AchievementStatus.NOT_COMPUTABLE), count(members, ProjectionStatus.ON_TRACK),
                count(members, ProjectionStatus.AT_RISK), count(members, ProjectionStatus.OFF_TRACK),
                count(members, ProjectionStatus.UNKNOWN), members);
    }

    /** The capaian a roll-up counts: capped at {@link #CAP}; null when there is none. */
    public static Double counted(Double percent) {
        return percent == null ? null : Math.min(percent, CAP);
    }

    private static int count(List<IndicatorPerformance> members, AchievementStatus status) {
        return (int) members.stream().filter(m -> m.achievement().status() == status).count();
    }

    private static int count(List<IndicatorPerformance> members, ProjectionStatus status) {
        return (int) members.stream().filter(m -> m.projection().status() == status).count();
    }
}
