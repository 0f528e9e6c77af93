package id.selaras.indicator;

import java.time.Instant;

/**
 * Realisasi: a measured value of an indicator for a quarter or a year. Realisations belong to the indicator's
 * lineage and show in every version of it; {@code indicatorId} is the version's indicator it was read through.
 */
public record Realisation(long id, long lineageId, long indicatorId, int year, Period period, double value, String evidence,
                          Instant reportedAt, String reportedBy, Instant verifiedAt, String verifiedBy, int version) {

    public Realisation through(long indicator) {
        return new Realisation(id, lineageId, indicator, year, period, value, evidence, reportedAt, reportedBy, verifiedAt,
                verifiedBy, version);
    }
}
