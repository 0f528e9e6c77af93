package id.selaras.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.RatingScheme;
import id.selaras.indicator.Realisation;
import id.selaras.indicator.Target;
import id.selaras.plan.VersionScope;

/**
 * Everything the checks and the roll-ups read about one plan version, loaded with a fixed number of statements and
 * then only read in memory: the cascade in tree order, its indicators with targets and realisations, the reference
 * indicators they align to, the IKU of the version it revises, and the known nomenclature codes.
 */
public final class PlanSnapshot {

    /** The cascade: its nodes and the responsible OPDs set on each node. */
    public record Cascade(List<CascadeNode> nodes, Map<Long, List<Long>> opds) {
    }

    /** The indicators with their targets and responsible OPDs (by indicator id) and realisations (by lineage id). */
    public record Measures(List<Indicator> indicators, Map<Long, List<Target>> targets, Map<Long, List<Long>> opds,
                           Map<Long, List<Realisation>> realisations) {
    }

    /** What lies outside the version: reference indicators per local indicator, the revised version, nomenclature. */
    public record Context(Map<Long, List<Reference>> references, Previous previous, Nomenclature nomenclature) {
    }

    /** An indicator of a reference plan (RPJMN, provincial RPJMD) with its targets and its plan's period. */
    public record Reference(Indicator indicator, List<Target> targets, String planTitle, int periodStart, int periodEnd) {
    }

    /** The IKU of the adopted version this version was revised from, with their targets; empty for a first version. */
    public record Previous(List<Indicator> iku, Map<Long, List<Target>> targets) {
        public static final Previous NONE = new Previous(List.of(), Map.of());
    }

    /** The nomenclature codes in use in the version that the nomenclature table knows; {@code loaded} if it has rows. */
    public record Nomenclature(boolean loaded, Set<String> known) {
    }

    private final VersionScope scope;
    private final RatingScheme scheme;
    private final Cascade cascade;
    private final Measures measures;
    private final Context context;
    private final Map<Long, CascadeNode> nodeById = new HashMap<>();
    private final Map<Long, List<CascadeNode>> children = new HashMap<>();
    private final Map<Long, List<Indicator>> indicatorsByNode = new HashMap<>();
    private final List<CascadeNode> treeOrder = new ArrayList<>();
    private final List<Indicator> indicatorOrder = new ArrayList<>();

    public PlanSnapshot(VersionScope scope, RatingScheme scheme, Cascade cascade, Measures measures, Context context) {
        this.scope = scope;
        this.scheme = scheme;
        this.cascade = cascade;
        this.measures = measures;
        this.context = context;
        Comparator<CascadeNode> byPosition = Comparator.comparingInt(CascadeNode::position).thenComparingLong(CascadeNode::id);
        cascade.nodes().forEach(n -> nodeById.put(n.id(), n));
        cascade.nodes().stream().sorted(byPosition)
                .forEach(n -> children.computeIfAbsent(n.parentId() == null ? 0L : n.parentId(), k -> new ArrayList<>()).add(n));
        measures.indicators().stream().sorted(Comparator.comparingInt(Indicator::position).thenComparingLong(Indicator::id))
                .forEach(i -> indicatorsByNode.computeIfAbsent(i.nodeId(), k -> new ArrayList<>()).add(i));
        Deque<CascadeNode> stack = new ArrayDeque<>(children.getOrDefault(0L, List.of()).reversed());
        while (!stack.isEmpty()) {
            CascadeNode node = stack.pop();
            treeOrder.add(node);
            indicatorOrder.addAll(indicatorsOf(node));
            children(node).reversed().forEach(stack::push);
        }
    }

    public VersionScope scope() {
        return scope;
    }

    public RatingScheme scheme() {
        return scheme;
    }

    public Context context() {
        return context;
    }

    /** Nodes in tree order (depth first, siblings by position). */
    public List<CascadeNode> nodes() {
        return treeOrder;
    }

    public List<CascadeNode> nodes(CascadeKind kind) {
        return treeOrder.stream().filter(n -> n.kind() == kind).toList();
    }

    public CascadeNode node(long id) {
        return nodeById.get(id);
    }

    public List<CascadeNode> children(CascadeNode node) {
        return children.getOrDefault(node.id(), List.of());
    }

    /** Responsible OPDs set on the node itself. */
    public List<Long> opdsOf(CascadeNode node) {
        return cascade.opds().getOrDefault(node.id(), List.of());
    }

    /** Indicators in tree order of their nodes, then by position. */
    public List<Indicator> indicators() {
        return indicatorOrder;
    }

    public List<Indicator> indicatorsOf(CascadeNode node) {
        return indicatorsByNode.getOrDefault(node.id(), List.of());
    }

    /** Targets by year. */
    public List<Target> targets(Indicator indicator) {
        return measures.targets().getOrDefault(indicator.id(), List.of());
    }

    /** The indicator's responsible OPDs: its own, or its node's when it names none (as the services decide). */
    public List<Long> opdsOf(Indicator indicator) {
        List<Long> own = measures.opds().getOrDefault(indicator.id(), List.of());
        return own.isEmpty() ? opdsOf(node(indicator.nodeId())) : own;
    }

    public List<Realisation> realisations(Indicator indicator) {
        return measures.realisations().getOrDefault(indicator.lineageId(), List.of());
    }

    public List<Reference> references(Indicator indicator) {
        return context.references().getOrDefault(indicator.id(), List.of());
    }
}
