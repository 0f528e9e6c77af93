package id.selaras.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.exchange.xlsx.XlsxCell;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Target;
import id.selaras.region.OrganisationUnit;

/** Lookups the writers share over a {@link PlanSnapshot}: OPD labels, nodes by id, ancestors, target text. */
final class PlanView {

    final PlanSnapshot plan;
    private final Map<Long, OrganisationUnit> opds = new HashMap<>();
    private final Map<Long, CascadeNode> nodes = new HashMap<>();

    PlanView(PlanSnapshot plan) {
        this.plan = plan;
        plan.opds().forEach(o -> opds.put(o.id(), o));
        plan.nodes().forEach(n -> nodes.put(n.id(), n));
    }

    /** How the workbook names an OPD: its short name (singkatan), else its code. */
    String opdLabel(long id) {
        OrganisationUnit o = opds.get(id);
        return o == null ? String.valueOf(id) : o.shortName() != null ? o.shortName() : o.code();
    }

    String opdNames(List<Long> ids) {
        return String.join("; ", ids.stream().map(id -> opds.containsKey(id) ? opds.get(id).name() : String.valueOf(id)).toList());
    }

    String opdLabels(List<Long> ids) {
        return String.join("; ", ids.stream().map(this::opdLabel).toList());
    }

    CascadeNode node(long id) {
        return nodes.get(id);
    }

    /** The nearest ancestor (or the node itself) of a kind. */
    CascadeNode ancestor(CascadeNode node, CascadeKind kind) {
        for (CascadeNode n = node; n != null; n = n.parentId() == null ? null : nodes.get(n.parentId())) {
            if (n.kind() == kind) {
                return n;
            }
        }
        return null;
    }

    /** The OPDs responsible for an indicator: its own, else its node's. */
    List<Long> responsible(Indicator i) {
        List<Long> own = plan.opdsOfIndicator(i.id());
        return own.isEmpty() ? plan.opdsOfNode(i.nodeId()) : own;
    }

    /** A target as a cell holds it: a number, or "min–max" text for a range; null when none. */
    static Object cell(Target t) {
        if (t == null) {
            return null;
        }
        if (t.range()) {
            return XlsxCell.plain(t.min()) + "–" + XlsxCell.plain(t.max());
        }
        return t.value();
    }

    static Target ofYear(List<Target> targets, int year) {
        return targets.stream().filter(t -> t.year() == year).findFirst().orElse(null);
    }

    List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(plan.scope().periodStart(), plan.scope().periodEnd()).boxed().toList();
    }
}
