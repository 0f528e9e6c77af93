package id.selaras.analytics.performance;

import id.selaras.cascade.CascadeNode;

/** The performance of a misi or sasaran of the cascade. */
public record NodePerformance(CascadeNode node, PerformanceSummary summary) {
}
