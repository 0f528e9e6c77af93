package id.selaras.analytics.performance;

import id.selaras.indicator.Band;

/** How many indicators of a roll-up fall in one band of the plan's rating scheme. */
public record BandCount(Band band, int count) {
}
