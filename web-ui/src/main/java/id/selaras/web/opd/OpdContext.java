package id.selaras.web.opd;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an officer's pages start: their region, their OPDs in it (from the token's codes) and the region's own plans.
 *
 * @param region the first region of the person's work
 * @param opds   their OPDs in it (all of the region's for a planner)
 * @param plans  the region's plans (not reference plans), newest period first
 */
public record OpdContext(OpdClient.Region region, List<OpdClient.Opd> opds, List<OpdClient.Plan> plans) {

    /** Loads it; an empty context (no region) when the person has no region in their token. */
    public static OpdContext load(OpdClient client, Officer officer, boolean wholeRegion) {
        List<String> regions = officer.regions();
        if (regions.isEmpty()) {
            return new OpdContext(null, List.of(), List.of());
        }
        OpdClient.Region region = client.region(regions.getFirst());
        if (region == null) {
            return new OpdContext(null, List.of(), List.of());
        }
        List<String> codes = officer.opds();
        List<OpdClient.Opd> opds = region.organisationUnits() == null ? List.of() : region.organisationUnits().stream()
                .filter(o -> wholeRegion || codes.contains(o.code())).toList();
        return new OpdContext(region, opds, client.plans(region.id()));
    }

    /** A plan version to work on, with the plan it belongs to. */
    public record Choice(OpdClient.Plan plan, OpdClient.VersionRef version) {
        public String id() {
            return version.id();
        }
    }

    /** Versions being drafted or consulted on (where indicators are edited). */
    public List<Choice> editableVersions() {
        List<Choice> list = new ArrayList<>();
        for (OpdClient.Plan p : plans) {
            if (p.currentDraft() != null && p.currentDraft().editable()) {
                list.add(new Choice(p, p.currentDraft()));
            }
        }
        return list;
    }

    /** Adopted versions (where realisations are reported). */
    public List<Choice> adoptedVersions() {
        List<Choice> list = new ArrayList<>();
        for (OpdClient.Plan p : plans) {
            if (p.adoptedVersion() != null) {
                list.add(new Choice(p, p.adoptedVersion()));
            }
        }
        return list;
    }
}
