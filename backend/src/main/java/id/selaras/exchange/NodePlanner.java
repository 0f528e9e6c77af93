package id.selaras.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.cascade.NodeValidation;
import id.selaras.common.ErrorCode;
import id.selaras.exchange.ImportChange.Action;
import id.selaras.exchange.ImportChange.Item;
import id.selaras.exchange.ParsedWorkbook.NodeRow;
import reactor.core.publisher.Mono;

/**
 * Plans the cascade sheet against the draft's cascade, matching nodes by code: new codes are created, changed text
 * or OPDs updated, a different parent or order moved, cross-cutting links added or removed; nodes missing from the
 * file are deleted only when the caller asks for it.
 */
final class NodePlanner {

    private final CascadeService cascade;

    NodePlanner(CascadeService cascade) {
        this.cascade = cascade;
    }

    /** Plans the nodes; returns the codes of the rows that are valid (indicators may hang on those). */
    Set<String> plan(Planning p) {
        Layout layout = p.file.nodeLayout();
        Map<String, NodeRow> file = new LinkedHashMap<>();
        p.file.nodes().forEach(n -> file.putIfAbsent(n.code(), n));
        Map<String, CascadeNode> current = new HashMap<>();
        p.current.nodes().stream().filter(n -> n.code() != null).forEach(n -> current.put(n.code(), n));
        Map<Long, String> opdCodes = new HashMap<>();
        p.current.opds().forEach(o -> opdCodes.put(o.id(), o.code()));
        Set<String> valid = validate(p, layout, file, current);
        Map<String, List<NodeRow>> children = new LinkedHashMap<>();
        List<NodeRow> roots = new ArrayList<>();
        for (NodeRow row : file.values()) {
            if (valid.contains(row.code())) {
                (row.parentCode() == null ? roots : children.computeIfAbsent(row.parentCode(), k -> new ArrayList<>())).add(row);
            }
        }
        Siblings order = new Siblings();
        p.current.nodes().forEach(n -> order.append(n.parentId() == null ? Siblings.ROOT : "#" + n.parentId(), "#" + n.id()));
        place(p, layout, Siblings.ROOT, null, roots, children, current, opdCodes, order);
        supports(p, layout, file, valid, current);
        missing(p, file);
        return valid;
    }

    /** Checks every row: parents in the file, no cycles, unchanged kinds, the cascade rules, OPDs and links. */
    private Set<String> validate(Planning p, Layout layout, Map<String, NodeRow> file, Map<String, CascadeNode> current) {
        Set<String> valid = new HashSet<>();
        for (NodeRow row : p.file.nodes()) {
            NodeRow parent = row.parentCode() == null ? null : file.get(row.parentCode());
            boolean ok = file.get(row.code()) == row;
            if (row.parentCode() != null && parent == null) {
                p.problems.add(layout.sheet(), row.row(), layout.letter("parent"), ErrorCode.UNKNOWN_PARENT, row.parentCode());
                ok = false;
            } else if (cycles(row, file)) {
                p.problems.add(layout.sheet(), row.row(), layout.letter("parent"), ErrorCode.PARENT_CYCLE, row.code());
                ok = false;
            }
            CascadeNode existing = current.get(row.code());
            if (existing != null && existing.kind() != row.kind()) {
                p.problems.add(layout.sheet(), row.row(), layout.letter("kind"), ErrorCode.KIND_CHANGED, row.code(),
                        Labels.KIND.label(existing.kind()));
                ok = false;
            }
            // under a parent the file does not have, only the node's own fields are checked (as if correctly placed)
            boolean orphan = row.parentCode() != null && parent == null;
            p.report(NodeValidation.check(p.planKind, row.kind(), row.code(), row.title(), row.description(),
                    orphan ? row.kind().parentKind() : parent == null ? null : parent.kind(),
                    parent == null ? null : parent.code()), layout, row.row(), List.of());
            p.opds.resolve(row.opds(), p, layout, row.row());
            for (String s : row.supports()) {
                NodeRow target = file.get(s);
                ErrorCode problem = target == null ? ErrorCode.UNKNOWN_NODE
                        : target.kind() != row.kind().parentKind() ? ErrorCode.WRONG_SUPPORT_KIND
                        : s.equals(row.parentCode()) ? ErrorCode.SUPPORTS_OWN_PARENT : null;
                if (problem != null) {
                    Object[] args = problem == ErrorCode.WRONG_SUPPORT_KIND
                            ? new Object[] {row.kind().name(), String.valueOf(row.kind().parentKind())} : new Object[] {s};
                    p.problems.add(layout.sheet(), row.row(), layout.letter("supports"), problem, args);
                }
            }
            if (ok) {
                valid.add(row.code());
            }
        }
        // a node under an invalid parent cannot be placed either
        boolean changed = true;
        while (changed) {
            changed = valid.removeIf(c -> file.get(c).parentCode() != null && !valid.contains(file.get(c).parentCode()));
        }
        return valid;
    }

    private static boolean cycles(NodeRow row, Map<String, NodeRow> file) {
        NodeRow at = row;
        for (int depth = 0; at != null && at.parentCode() != null; depth++) {
            if (at.parentCode().equals(row.code()) || depth > 20) {
                return true;
            }
            at = file.get(at.parentCode());
        }
        return false;
    }

    private void place(Planning p, Layout layout, String parentKey, String parentCode, List<NodeRow> rows,
                       Map<String, List<NodeRow>> children, Map<String, CascadeNode> current, Map<Long, String> opdCodes,
                       Siblings order) {
        for (int i = 0; i < rows.size(); i++) {
            NodeRow row = rows.get(i);
            int position = i + 1;
            List<String> opds = p.opds.codes(row.opds());
            CascadeNode existing = current.get(row.code());
            String key;
            if (existing == null) {
                key = "+" + row.code();
                p.change(Item.NODE, Action.CREATE, row.code(), layout, row.row(), List.of());
                p.steps.add(ImportStep.of(layout, row.row(), ctx -> cascade.create(ctx.actor, new CascadeService.NewNode(
                                ctx.versionId, parentCode == null ? null : ctx.node(parentCode), row.kind(), row.code(),
                                row.title(), row.description(), position, ctx.opds(opds)))
                        .doOnNext(n -> ctx.nodeIds.put(n.code(), n.id()))));
            } else {
                key = "#" + existing.id();
                List<String> fields = new ArrayList<>();
                if (!Text.same(existing.title(), row.title())) {
                    fields.add("title");
                }
                if (!Text.same(existing.description(), row.description())) {
                    fields.add("description");
                }
                if (!opds.equals(p.current.opdsOfNode(existing.id()).stream().map(opdCodes::get).toList())) {
                    fields.add("opds");
                }
                if (!fields.isEmpty()) {
                    p.change(Item.NODE, Action.UPDATE, row.code(), layout, row.row(), fields);
                    p.steps.add(ImportStep.of(layout, row.row(), ctx -> fresh(existing.id()).flatMap(n -> cascade.update(
                            ctx.actor, n.id(), n.version(), n.code(), row.title(), row.description(), ctx.opds(opds)))));
                }
                if (!order.at(key, parentKey, i)) {
                    p.change(Item.NODE, Action.MOVE, row.code(), layout, row.row(), List.of("parent", "position"));
                    p.steps.add(ImportStep.of(layout, row.row(), ctx -> fresh(existing.id()).flatMap(n -> cascade.move(
                            ctx.actor, n.id(), n.version(), parentCode == null ? null : ctx.node(parentCode), position))));
                }
            }
            order.place(key, parentKey, i);
            place(p, layout, key, row.code(), children.getOrDefault(row.code(), List.of()), children, current, opdCodes, order);
        }
    }

    private void supports(Planning p, Layout layout, Map<String, NodeRow> file, Set<String> valid,
                          Map<String, CascadeNode> current) {
        Map<Long, String> codeOf = new HashMap<>();
        p.current.nodes().forEach(n -> codeOf.put(n.id(), n.code()));
        for (NodeRow row : file.values()) {
            if (!valid.contains(row.code())) {
                continue;
            }
            CascadeNode existing = current.get(row.code());
            Set<String> before = new HashSet<>();
            if (existing != null) {
                p.current.supports().getOrDefault(existing.id(), List.of()).forEach(id -> before.add(codeOf.get(id)));
            }
            Set<String> wanted = new HashSet<>(row.supports());
            wanted.retainAll(valid);
            if (!wanted.equals(before)) {
                if (existing != null) {
                    p.change(Item.NODE, Action.UPDATE, row.code(), layout, row.row(), List.of("supports"));
                }
                for (String s : wanted) {
                    if (!before.contains(s)) {
                        p.steps.add(ImportStep.of(layout, row.row(), ctx -> cascade.setSupport(ctx.actor,
                                ctx.node(row.code()), ctx.node(s), true)));
                    }
                }
                for (String s : before) {
                    if (!wanted.contains(s) && s != null) {
                        p.steps.add(ImportStep.of(layout, row.row(), ctx -> cascade.setSupport(ctx.actor,
                                ctx.node(row.code()), ctx.node(s), false)));
                    }
                }
            }
        }
    }

    /** Nodes of the draft that the file does not name: deleted (with their subtree) only on request. */
    private void missing(Planning p, Map<String, NodeRow> file) {
        Set<Long> gone = new HashSet<>();
        for (CascadeNode n : p.current.nodes()) {
            if (n.code() != null && file.containsKey(n.code())) {
                continue;
            }
            gone.add(n.id());
            p.change(Item.NODE, p.deleteMissing ? Action.DELETE : Action.KEEP_MISSING, n.code(), null, null, List.of());
            if (p.deleteMissing && (n.parentId() == null || !gone.contains(n.parentId()))) {
                p.nodeDeletions.add(ImportStep.of(p.file.nodeLayout(), 0, ctx -> fresh(n.id()).flatMap(f ->
                        cascade.delete(ctx.actor, f.id(), f.version(), true))));
            }
        }
    }

    private Mono<CascadeNode> fresh(long id) {
        return cascade.nodes(List.of(id)).mapNotNull(m -> m.get(id));
    }
}
