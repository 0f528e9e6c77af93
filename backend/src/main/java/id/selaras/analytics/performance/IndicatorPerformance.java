package id.selaras.analytics.performance;

import id.selaras.indicator.Achievement;
import id.selaras.indicator.Indicator;

/**
 * One indicator in a roll-up: its capaian for the year (and period) looked at, the capaian the roll-up counts (capped
 * at {@link Rollup#CAP}), and its projection to the end of the period.
 */
public record IndicatorPerformance(Indicator indicator, Achievement achievement, Double countedPercent,
                                   Projection projection) {
}
