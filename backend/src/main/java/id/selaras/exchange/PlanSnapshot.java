package id.selaras.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Target;
import id.selaras.plan.Plan;
import id.selaras.plan.PlanVersion;
import id.selaras.plan.VersionScope;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.Region;

/**
 * Everything of one plan version an export writes and an import compares with: the plan, its region and OPDs,
 * the cascade in tree order (parents before children, siblings by position) and the indicators in the same order.
 */
record PlanSnapshot(VersionScope scope, Plan plan, PlanVersion version, Region region, List<OrganisationUnit> opds,
                    List<CascadeNode> nodes, Map<Long, List<Long>> nodeOpds, Map<Long, List<Long>> supports,
                    List<Indicator> indicators, Map<Long, List<Target>> targets, Map<Long, List<Long>> indicatorOpds) {

    /** What an import into a plan that does not exist yet compares with. */
    static PlanSnapshot empty(VersionScope scope, List<OrganisationUnit> opds) {
        return new PlanSnapshot(scope, null, null, null, opds, List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of());
    }

    List<Long> opdsOfNode(long id) {
        return nodeOpds.getOrDefault(id, List.of());
    }

    List<Long> opdsOfIndicator(long id) {
        return indicatorOpds.getOrDefault(id, List.of());
    }

    List<Target> targetsOf(long id) {
        return targets.getOrDefault(id, List.of());
    }

    /** Indicators grouped by node, each list in position order. */
    Map<Long, List<Indicator>> indicatorsByNode() {
        Map<Long, List<Indicator>> m = new java.util.LinkedHashMap<>();
        indicators.forEach(i -> m.computeIfAbsent(i.nodeId(), k -> new ArrayList<>()).add(i));
        return m;
    }
}
