package id.selaras.web.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.selaras.web.chart.CascadeDiagram;

/**
 * The cascade (pohon kinerja) as a tree: Visi → Misi → Tujuan → Sasaran → Program → Kegiatan → Sub-kegiatan, built
 * from the flat list the API gives. A node whose parent is not in the list is shown as a root rather than lost.
 */
public final class CascadeTree {

    /** A node with its children, in sibling order. */
    public record Branch(ExplorerData.Node node, List<Branch> children) {
        /** Indicators of this node and every node below it. */
        public int indicatorsBelow() {
            return node.indicatorList().size() + children.stream().mapToInt(Branch::indicatorsBelow).sum();
        }
    }

    static final List<String> KINDS = List.of("VISI", "MISI", "TUJUAN", "SASARAN", "PROGRAM", "KEGIATAN", "SUB_KEGIATAN");

    private CascadeTree() {
    }

    public static List<Branch> build(List<ExplorerData.Node> nodes) {
        Map<String, List<ExplorerData.Node>> children = new LinkedHashMap<>();
        Map<String, ExplorerData.Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<ExplorerData.Node> roots = new ArrayList<>();
        for (ExplorerData.Node n : nodes) {
            if (n.parentId() == null || !byId.containsKey(n.parentId())) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        return branches(roots, children);
    }

    private static List<Branch> branches(List<ExplorerData.Node> level, Map<String, List<ExplorerData.Node>> children) {
        List<ExplorerData.Node> sorted = new ArrayList<>(level);
        sorted.sort(Comparator.comparing((ExplorerData.Node n) -> n.position() == null ? Integer.MAX_VALUE : n.position()));
        return sorted.stream().map(n -> new Branch(n, branches(children.getOrDefault(n.id(), List.of()), children))).toList();
    }

    /** The boxes of the printable diagram, down to (and including) {@code deepest} kind. */
    public static List<CascadeDiagram.Box> boxes(List<Branch> roots, String deepest, Map<String, String> kindLabels) {
        int limit = KINDS.indexOf(deepest);
        List<CascadeDiagram.Box> boxes = new ArrayList<>();
        Set<String> drawn = new java.util.HashSet<>();
        collect(roots, null, limit, kindLabels, boxes, drawn);
        // Cross-cutting links only between nodes that are drawn.
        return boxes.stream().map(b -> new CascadeDiagram.Box(b.id(), b.parentId(), b.kind(), b.code(), b.title(),
                b.indicators(), b.supports().stream().filter(drawn::contains).toList())).toList();
    }

    private static void collect(List<Branch> level, String parentId, int limit, Map<String, String> kindLabels,
                                List<CascadeDiagram.Box> boxes, Set<String> drawn) {
        for (Branch b : level) {
            ExplorerData.Node n = b.node();
            int depth = KINDS.indexOf(n.kind());
            if (limit >= 0 && depth > limit) {
                continue;
            }
            List<String> supports = n.supports() == null ? List.of() : n.supports().stream().map(ExplorerData.Ref::id).toList();
            boxes.add(new CascadeDiagram.Box(n.id(), parentId, kindLabels.getOrDefault(n.kind(), n.kind()), n.code(),
                    n.title(), n.indicatorList().size(), supports));
            drawn.add(n.id());
            collect(b.children(), n.id(), limit, kindLabels, boxes, drawn);
        }
    }
}
