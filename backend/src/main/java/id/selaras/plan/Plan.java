package id.selaras.plan;

import java.time.Instant;

/** A development plan of a region for a period (RPJMD 2025–2029), or a reference plan others align to. */
public record Plan(long id, PlanKind kind, String title, Long regionId, String regionCode, int periodStart, int periodEnd,
                   boolean reference, long ratingSchemeId, Instant createdAt, int version) {
}
