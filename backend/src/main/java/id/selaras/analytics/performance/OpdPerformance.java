package id.selaras.analytics.performance;

import id.selaras.region.OrganisationUnit;

/** The performance of the indicators a perangkat daerah (OPD) is responsible for. */
public record OpdPerformance(OrganisationUnit opd, PerformanceSummary summary) {
}
