package id.selaras.web.plan;

/**
 * A plan (rencana) as the plan list shows it: kind, title, region, period and the state of its versions.
 *
 * @param kind           the plan kind as the API names it, e.g. {@code RPJMD}
 * @param region         the region (daerah) whose plan this is; {@code null} for national plans
 * @param adoptedVersion the version in force (versi yang berlaku), if any
 * @param currentDraft   the version being drafted or consulted on (rancangan), if any
 */
public record PlanSummary(
        String id,
        String kind,
        String title,
        Region region,
        int periodStart,
        int periodEnd,
        boolean reference,
        Version adoptedVersion,
        Version currentDraft) {

    /** The region of a plan, by its Kemendagri code. */
    public record Region(String code, String name) {
    }

    /** One version of a plan: its number and life-cycle status ({@code DRAFT}, {@code ADOPTED}, ...). */
    public record Version(String id, int number, String status) {
    }
}
