package id.selaras.analytics.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.analytics.PlanSnapshot;
import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Period;
import id.selaras.plan.PlanVersion;
import id.selaras.region.OrganisationUnit;

/**
 * Computes a version's {@link PlanPerformance} in memory. Members of each roll-up: a sasaran, the indicators on it;
 * a misi, the indicators on it and on the tujuan and sasaran below it; the plan, every indicator from visi to sasaran
 * (the RPJMD's own indicators, not the programs' outcomes and outputs); an OPD, every indicator it is responsible
 * for, at any level (its own OPDs, else its node's).
 */
public final class PerformanceCalculator {

    private PerformanceCalculator() {
    }

    /**
     * @param year the year to measure; null for the latest year of the period with an annual figure for any
     *             indicator (the first year of the period when there is none)
     */
    public static PlanPerformance compute(PlanSnapshot plan, PlanVersion version, Map<Long, OrganisationUnit> opds,
                                          Integer year, Period period) {
        Map<Long, Map<Integer, Double>> annual = new HashMap<>();
        plan.indicators().forEach(i -> annual.put(i.id(), IndicatorMeasure.annual(plan, i)));
        int y = year != null ? year : annual.values().stream().flatMap(m -> m.keySet().stream()).max(Integer::compare)
                .orElse(plan.scope().periodStart());
        Map<Long, IndicatorPerformance> measured = new HashMap<>();
        plan.indicators().forEach(i -> measured.put(i.id(), IndicatorMeasure.measure(plan, i, annual.get(i.id()), y, period)));
        List<IndicatorPerformance> strategic = new ArrayList<>();
        List<NodePerformance> misi = new ArrayList<>();
        List<NodePerformance> sasaran = new ArrayList<>();
        for (CascadeNode node : plan.nodes()) {
            if (strategic(node)) {
                plan.indicatorsOf(node).forEach(i -> strategic.add(measured.get(i.id())));
            }
            if (node.kind() == CascadeKind.MISI) {
                misi.add(new NodePerformance(node, Rollup.of(strategicBelow(plan, node, measured), plan.scheme())));
            } else if (node.kind() == CascadeKind.SASARAN) {
                sasaran.add(new NodePerformance(node, Rollup.of(members(plan, node, measured), plan.scheme())));
            }
        }
        Map<Long, List<IndicatorPerformance>> byOpd = new LinkedHashMap<>();
        for (Indicator i : plan.indicators()) {
            plan.opdsOf(i).forEach(o -> byOpd.computeIfAbsent(o, k -> new ArrayList<>()).add(measured.get(i.id())));
        }
        List<OpdPerformance> opdRollups = byOpd.entrySet().stream().filter(e -> opds.containsKey(e.getKey()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(id -> opds.get(id).code())))
                .map(e -> new OpdPerformance(opds.get(e.getKey()), Rollup.of(e.getValue(), plan.scheme()))).toList();
        return new PlanPerformance(version, y, period, Rollup.of(strategic, plan.scheme()), misi, sasaran, opdRollups);
    }

    private static boolean strategic(CascadeNode node) {
        return node.kind().ordinal() <= CascadeKind.SASARAN.ordinal();
    }

    private static List<IndicatorPerformance> members(PlanSnapshot plan, CascadeNode node, Map<Long, IndicatorPerformance> m) {
        return plan.indicatorsOf(node).stream().map(i -> m.get(i.id())).toList();
    }

    private static List<IndicatorPerformance> strategicBelow(PlanSnapshot plan, CascadeNode node,
                                                             Map<Long, IndicatorPerformance> m) {
        List<IndicatorPerformance> result = new ArrayList<>(members(plan, node, m));
        plan.children(node).stream().filter(PerformanceCalculator::strategic)
                .forEach(c -> result.addAll(strategicBelow(plan, c, m)));
        return result;
    }
}
