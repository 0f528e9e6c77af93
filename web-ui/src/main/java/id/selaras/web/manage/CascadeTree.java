package id.selaras.web.manage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cascade of a version as a tree, and the rules of its levels (which kind sits under which). */
public final class CascadeTree {

    public static final List<String> KINDS = List.of("VISI", "MISI", "TUJUAN", "SASARAN", "PROGRAM", "KEGIATAN",
            "SUB_KEGIATAN");

    private final List<ManageClient.Node> nodes;
    private final Map<String, List<ManageClient.Node>> children = new LinkedHashMap<>();
    private final List<ManageClient.Node> roots = new ArrayList<>();

    public CascadeTree(List<ManageClient.Node> nodes) {
        this.nodes = List.copyOf(nodes);
        Map<String, ManageClient.Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        for (ManageClient.Node n : nodes) {
            if (n.parent() == null || !byId.containsKey(n.parent().id())) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parent().id(), k -> new ArrayList<>()).add(n);
            }
        }
        Comparator<ManageClient.Node> order = Comparator.comparingInt(ManageClient.Node::position);
        roots.sort(order);
        children.values().forEach(l -> l.sort(order));
    }

    public List<ManageClient.Node> roots() {
        return roots;
    }

    public List<ManageClient.Node> children(ManageClient.Node node) {
        return children.getOrDefault(node.id(), List.of());
    }

    /** The kind just below, or null for a sub-kegiatan. */
    public static String childKind(String kind) {
        int i = KINDS.indexOf(kind);
        return i < 0 || i + 1 >= KINDS.size() ? null : KINDS.get(i + 1);
    }

    /** The kind just above, or null for the top. */
    public static String parentKind(String kind) {
        int i = KINDS.indexOf(kind);
        return i <= 0 ? null : KINDS.get(i - 1);
    }

    /** Where the node may move: every node of the kind just above. */
    public List<ManageClient.Node> parentsFor(ManageClient.Node node) {
        String kind = parentKind(node.kind());
        return nodes.stream().filter(n -> n.kind().equals(kind)).toList();
    }

    /** What the node may also support (cross-cutting): nodes of the kind just above, except its parent and those linked. */
    public List<ManageClient.Node> supportable(ManageClient.Node node) {
        String parent = node.parent() == null ? null : node.parent().id();
        List<String> linked = node.supports() == null ? List.of()
                : node.supports().stream().map(ManageClient.NodeRef::id).toList();
        return parentsFor(node).stream().filter(n -> !n.id().equals(parent) && !linked.contains(n.id())).toList();
    }

    /** The kind of a new top node: the top kind, when there is none yet. */
    public String topKind() {
        return roots.isEmpty() ? KINDS.getFirst() : roots.getFirst().kind();
    }
}
