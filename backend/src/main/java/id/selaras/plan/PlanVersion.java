package id.selaras.plan;

import java.time.Instant;

/** One version of a plan: the first (induk) or a revision (perubahan) drafted from the adopted one. */
public record PlanVersion(long id, long planId, int number, VersionStatus status, Long basedOnId, String note,
                          Instant createdAt, Instant adoptedAt, int version) {
}
