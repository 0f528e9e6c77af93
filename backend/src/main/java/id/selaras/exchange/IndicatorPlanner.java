package id.selaras.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.selaras.cascade.CascadeNode;
import id.selaras.common.ErrorCode;
import id.selaras.exchange.ImportChange.Action;
import id.selaras.exchange.ImportChange.Item;
import id.selaras.exchange.ParsedWorkbook.IndicatorRow;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorValidation;
import reactor.core.publisher.Mono;

/**
 * Plans the indicator rows against the draft's indicators, matching by indicator code (or, for rows without one,
 * by name under the same node): new ones are created, changed ones updated with every field, a different node or
 * order moved; in the template layout, indicators missing from the file are deleted only on request.
 */
final class IndicatorPlanner {

    private final IndicatorService indicators;

    IndicatorPlanner(IndicatorService indicators) {
        this.indicators = indicators;
    }

    void plan(Planning p, Set<String> fileNodes) {
        Layout layout = p.file.indicatorLayout();
        Map<String, CascadeNode> nodesByCode = new HashMap<>();
        p.current.nodes().stream().filter(n -> n.code() != null).forEach(n -> nodesByCode.put(n.code(), n));
        Map<String, Indicator> byCode = new HashMap<>();
        p.current.indicators().stream().filter(i -> i.code() != null).forEach(i -> byCode.put(i.code(), i));
        Map<Long, String> opdCodes = new HashMap<>();
        p.current.opds().forEach(o -> opdCodes.put(o.id(), o.code()));
        Siblings order = new Siblings();
        p.current.indicators().forEach(i -> order.append("#" + i.nodeId(), "#" + i.id()));
        Map<String, Integer> index = new HashMap<>();
        Set<Long> matched = new HashSet<>();
        for (IndicatorRow row : p.file.indicators()) {
            if (row.nodeCode() == null) {
                continue; // reported as REQUIRED when the row was read
            }
            CascadeNode node = nodesByCode.get(row.nodeCode());
            boolean known = p.file.template() ? fileNodes.contains(row.nodeCode()) : node != null;
            if (!known) {
                if (!p.file.template() || p.file.nodes().stream().noneMatch(n -> n.code().equals(row.nodeCode()))) {
                    p.problems.add(layout.sheet(), row.row(), layout.letter("node"), ErrorCode.UNKNOWN_NODE, row.nodeCode());
                }
                continue;
            }
            String nodeKey = node != null && (!p.file.template() || fileNodes.contains(row.nodeCode()))
                    ? "#" + node.id() : "+" + row.nodeCode();
            Indicator existing = match(p, row, node, byCode, matched);
            if (existing != null) {
                matched.add(existing.id());
            }
            IndicatorDraft draft = IndicatorDraft.of(row, layout, existing,
                    existing == null ? List.of() : p.current.targetsOf(existing.id()), p.mapping);
            p.report(IndicatorValidation.check(draft.input(), p.scope), layout, row.row(), draft.targetYears());
            List<String> opds = layout.has("opds") ? p.opds.resolve(row.opds(), p, layout, row.row())
                    : existing == null ? List.of() : p.current.opdsOfIndicator(existing.id()).stream().map(opdCodes::get).toList();
            int position = index.merge(nodeKey, 1, Integer::sum);
            plan(p, layout, row, draft, existing, opds, opdCodes, nodeKey, position, order);
        }
        if (p.file.template()) {
            missing(p, matched, fileNodes);
        }
    }

    private void plan(Planning p, Layout layout, IndicatorRow row, IndicatorDraft draft, Indicator existing,
                      List<String> opds, Map<Long, String> opdCodes, String nodeKey, int position, Siblings order) {
        String label = draft.input().code() != null ? draft.input().code() : draft.input().name();
        ImportStep.Builder step = new ImportStep.Builder(layout, row.row(), draft.targetYears());
        if (existing == null) {
            p.change(Item.INDICATOR, Action.CREATE, label, layout, row.row(), List.of());
            p.steps.add(step.of(ctx -> indicators.create(ctx.actor, ctx.node(row.nodeCode()),
                    draft.withOpds(ctx.opds(opds)), position)));
            order.place("+" + row.row(), nodeKey, position - 1);
            return;
        }
        List<String> stored = p.current.opdsOfIndicator(existing.id()).stream().map(opdCodes::get).toList();
        List<String> fields = draft.differences(existing, p.current.targetsOf(existing.id()), opds, stored);
        if (!fields.isEmpty()) {
            p.change(Item.INDICATOR, Action.UPDATE, label, layout, row.row(), fields);
            p.steps.add(step.of(ctx -> fresh(existing.id()).flatMap(i -> indicators.update(ctx.actor, i.id(), i.version(),
                    draft.withOpds(ctx.opds(opds))))));
        }
        String key = "#" + existing.id();
        if (!order.at(key, nodeKey, position - 1)) {
            p.change(Item.INDICATOR, Action.MOVE, label, layout, row.row(), List.of("node", "position"));
            p.steps.add(step.of(ctx -> fresh(existing.id()).flatMap(i -> indicators.move(ctx.actor, i.id(), i.version(),
                    ctx.node(row.nodeCode()), position))));
        }
        order.place(key, nodeKey, position - 1);
    }

    /** The stored indicator a row is about: same code, or (without a code) same name under the same node. */
    private static Indicator match(Planning p, IndicatorRow row, CascadeNode node, Map<String, Indicator> byCode,
                                   Set<Long> matched) {
        if (row.code() != null) {
            return byCode.get(row.code());
        }
        if (node == null || row.name() == null) {
            return null;
        }
        return p.current.indicators().stream()
                .filter(i -> i.nodeId() == node.id() && !matched.contains(i.id()) && Labels.key(i.name()).equals(Labels.key(row.name())))
                .findFirst().orElse(null);
    }

    private void missing(Planning p, Set<Long> matched, Set<String> fileNodes) {
        Map<Long, String> nodeCode = new HashMap<>();
        p.current.nodes().forEach(n -> nodeCode.put(n.id(), n.code()));
        for (Indicator i : p.current.indicators()) {
            if (matched.contains(i.id())) {
                continue;
            }
            p.change(Item.INDICATOR, p.deleteMissing ? Action.DELETE : Action.KEEP_MISSING,
                    i.code() != null ? i.code() : i.name(), null, null, List.of());
            if (p.deleteMissing && fileNodes.contains(nodeCode.get(i.nodeId()))) {
                p.deletions.add(ImportStep.of(p.file.indicatorLayout(), 0, ctx -> fresh(i.id())
                        .flatMap(f -> indicators.delete(ctx.actor, f.id(), f.version()))));
            }
        }
    }

    private Mono<Indicator> fresh(long id) {
        return indicators.indicators(List.of(id)).mapNotNull(m -> m.get(id));
    }
}
