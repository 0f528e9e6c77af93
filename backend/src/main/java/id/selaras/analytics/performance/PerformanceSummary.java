package id.selaras.analytics.performance;

import java.util.List;

import id.selaras.indicator.Band;

/**
 * The performance of a group of indicators (a sasaran, a misi, an OPD, the whole plan) for one year: the mean of
 * their capped capaian and its band, how many fall in each band, why the others have no capaian, and how many are
 * on track, at risk or off track toward their end targets.
 */
public record PerformanceSummary(int indicatorCount, int measuredCount, Double meanPercent, Band band,
                                 List<BandCount> bandCounts, int noRealisationCount, int noTargetCount,
                                 int notComputableCount, int onTrackCount, int atRiskCount, int offTrackCount,
                                 int unknownProjectionCount, List<IndicatorPerformance> indicators) {
}
