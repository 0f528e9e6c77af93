package id.selaras.analytics.performance;

import java.util.List;

import id.selaras.indicator.Period;
import id.selaras.plan.PlanVersion;

/**
 * Achievement roll-ups of a plan version for one year (and period: the year, or the year to date after a quarter):
 * the whole plan's strategic indicators, each misi, each sasaran and each OPD, in cascade and OPD order.
 */
public record PlanPerformance(PlanVersion planVersion, int year, Period period, PerformanceSummary plan,
                              List<NodePerformance> misi, List<NodePerformance> sasaran, List<OpdPerformance> opds) {
}
