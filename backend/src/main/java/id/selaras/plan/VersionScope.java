package id.selaras.plan;

/**
 * What other features need to know about the plan version an item belongs to: its status, the plan's region (for
 * authorization) and period (for validating years).
 */
public record VersionScope(long versionId, long planId, PlanKind kind, VersionStatus status, Long regionId,
                           String regionCode, int periodStart, int periodEnd, boolean reference) {
}
