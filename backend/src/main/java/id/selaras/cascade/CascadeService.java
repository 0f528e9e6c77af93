package id.selaras.cascade;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.selaras.audit.Change;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.EventLog;
import id.selaras.cascade.repository.CascadeRepository;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The cascade of a plan version. Planners shape it (add, move, delete, cross-cutting links, responsible OPDs);
 * officers of a node's OPD may reword it. Only drafts change; every change is an event in the same transaction.
 */
@Service
public class CascadeService {

    static final int TITLE_MAX = 500;
    static final int DESCRIPTION_MAX = 4000;
    static final int CODE_MAX = 40;

    private final CascadeRepository nodes;
    private final PlanService plans;
    private final RegionService regions;
    private final AccessPolicy access;
    private final EventLog events;
    private final TransactionalOperator tx;

    CascadeService(CascadeRepository nodes, PlanService plans, RegionService regions, AccessPolicy access,
                   EventLog events, TransactionalOperator tx) {
        this.nodes = nodes;
        this.plans = plans;
        this.regions = regions;
        this.access = access;
        this.events = events;
        this.tx = tx;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** A node, if the actor may read its version. */
    public Mono<CascadeNode> node(Actor actor, long id) {
        return nodes.find(id).filterWhen(n -> plans.scope(n.planVersionId()).map(s -> plans.visible(actor, s)));
    }

    /** The node with this code in a version (no visibility check: for internal callers). */
    public Mono<CascadeNode> byCode(long versionId, String code) {
        return nodes.findByCode(versionId, code);
    }

    public Mono<Map<Long, CascadeNode>> nodes(Collection<Long> ids) {
        return nodes.findAll(ids);
    }

    public Mono<Map<Long, List<CascadeNode>>> roots(Collection<Long> versionIds) {
        return nodes.roots(versionIds);
    }

    public Mono<Map<Long, List<CascadeNode>>> children(Collection<Long> parentIds) {
        return nodes.children(parentIds);
    }

    public Mono<Map<Long, List<CascadeNode>>> supports(Collection<Long> ids) {
        return nodes.supportLinks(ids, false);
    }

    public Mono<Map<Long, List<CascadeNode>>> supportedBy(Collection<Long> ids) {
        return nodes.supportLinks(ids, true);
    }

    public Mono<Map<Long, List<Long>>> opdIds(Collection<Long> nodeIds) {
        return nodes.opdIds(nodeIds);
    }

    public Mono<Map<Long, Long>> countByVersion(Collection<Long> versionIds) {
        return nodes.countByVersion(versionIds);
    }

    public Mono<Connection<CascadeNode>> list(Actor actor, long versionId, CascadeKind kind, Long opdId, Page page) {
        return plans.readableScope(actor, versionId).then(nodes.list(versionId, kind, opdId, page));
    }

    /** Responsible OPD codes of a node, for other features' authorization (indicators inherit them). */
    public Mono<List<String>> opdCodes(long nodeId) {
        return nodes.opdCodes(nodeId);
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    public Mono<CascadeNode> create(Actor actor, NewNode input) {
        Checks checks = Checks.start();
        String title = checks.text(input.title(), "input.title", TITLE_MAX);
        String description = checks.optionalText(input.description(), "input.description", DESCRIPTION_MAX);
        String code = code(checks, input.kind(), input.code());
        checks.check(input.position() == null || input.position() >= 1, ErrorCode.OUT_OF_RANGE, "input.position", 1, 100000);
        return plans.editableScope(input.planVersionId()).flatMap(scope -> {
            access.requirePlanner(actor, scope.regionCode());
            Mono<CascadeNode> parent = input.parentId() == null ? Mono.empty() : nodes.find(input.parentId())
                    .switchIfEmpty(Mono.error(SelarasException.notFound("CascadeNode", input.parentId())));
            return parent.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()).flatMap(p -> {
                checkPlacement(checks, scope, input.kind(), p.orElse(null), code, "input.parentId");
                return checkOpds(checks, scope, input.responsibleOpdIds(), "input.responsibleOpdIds")
                        .then(checkUniqueCode(checks, scope.versionId(), code, null))
                        .then(Mono.defer(() -> {
                            checks.throwIfAny();
                            Mono<Integer> position = input.position() == null
                                    ? nodes.nextPosition(scope.versionId(), input.parentId(), 0)
                                    : nodes.shiftFrom(scope.versionId(), input.parentId(), input.position(), 1, 0)
                                            .thenReturn(input.position());
                            return position.flatMap(pos -> nodes.insert(scope.versionId(), input.parentId(), input.kind(),
                                    code, title, description, pos));
                        }))
                        .flatMap(node -> nodes.replaceOpds(node.id(), input.responsibleOpdIds())
                                .then(events.record(actor, Change.created("CascadeNode", node.id(), scope.regionId(),
                                        scope.versionId(), snapshot(node, input.responsibleOpdIds()))))
                                .thenReturn(node));
            });
        }).as(tx::transactional);
    }

    /** Rewords a node; planners may also change its code and responsible OPDs, officers of its OPDs only the text. */
    public Mono<CascadeNode> update(Actor actor, long id, int version, String code, String title, String description,
                                    List<Long> opdIds) {
        Checks checks = Checks.start();
        String t = checks.text(title, "input.title", TITLE_MAX);
        String d = checks.optionalText(description, "input.description", DESCRIPTION_MAX);
        return nodes.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("CascadeNode", id)))
                .flatMap(before -> plans.editableScope(before.planVersionId()).flatMap(scope -> nodes.opdIds(List.of(id))
                        .flatMap(opdMap -> {
                            List<Long> beforeOpds = opdMap.getOrDefault(id, List.of());
                            String c = code(checks, before.kind(), code);
                            boolean structural = !java.util.Objects.equals(c, before.code()) || !beforeOpds.equals(opdIds);
                            return nodes.opdCodes(id).flatMap(opdCodes -> {
                                if (structural) {
                                    access.requirePlanner(actor, scope.regionCode());
                                } else {
                                    access.requireEditor(actor, scope.regionCode(), opdCodes);
                                }
                                Mono<CascadeNode> parent = before.parentId() == null ? Mono.empty() : nodes.find(before.parentId());
                                return parent.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                                        .flatMap(p -> {
                                            checkPlacement(checks, scope, before.kind(), p.orElse(null), c, "input.code");
                                            return checkOpds(checks, scope, opdIds, "input.responsibleOpdIds")
                                                    .then(checkUniqueCode(checks, scope.versionId(), c, id));
                                        })
                                        .then(Mono.defer(() -> {
                                            checks.throwIfAny();
                                            return nodes.update(id, version, c, t, d)
                                                    .switchIfEmpty(Mono.error(SelarasException.conflict("CascadeNode")));
                                        }))
                                        .flatMap(after -> nodes.replaceOpds(id, opdIds)
                                                .then(events.record(actor, Change.updated("CascadeNode", id, scope.regionId(),
                                                        scope.versionId(), snapshot(before, beforeOpds), snapshot(after, opdIds))))
                                                .thenReturn(after));
                            });
                        })))
                .as(tx::transactional);
    }

    public Mono<CascadeNode> move(Actor actor, long id, int version, Long parentId, Integer position) {
        Checks checks = Checks.start();
        checks.check(position == null || position >= 1, ErrorCode.OUT_OF_RANGE, "input.position", 1, 100000);
        return nodes.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("CascadeNode", id)))
                .flatMap(before -> plans.editableScope(before.planVersionId()).flatMap(scope -> {
                    access.requirePlanner(actor, scope.regionCode());
                    Mono<CascadeNode> parent = parentId == null ? Mono.empty() : nodes.find(parentId)
                            .switchIfEmpty(Mono.error(SelarasException.notFound("CascadeNode", parentId)));
                    return parent.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()).flatMap(p -> {
                        checkPlacement(checks, scope, before.kind(), p.orElse(null), before.code(), "input.parentId");
                        checks.throwIfAny();
                        // Close the gap where it was, then open one where it goes.
                        return nodes.shiftFrom(scope.versionId(), before.parentId(), before.position() + 1, -1, id)
                                .then(position == null ? nodes.nextPosition(scope.versionId(), parentId, id)
                                        : nodes.shiftFrom(scope.versionId(), parentId, position, 1, id).thenReturn(position))
                                .flatMap(pos -> nodes.move(id, version, parentId, pos))
                                .switchIfEmpty(Mono.error(SelarasException.conflict("CascadeNode")))
                                .flatMap(after -> events.record(actor, new Change("CascadeNode", id, ChangeAction.MOVED,
                                        scope.regionId(), scope.versionId(), before, after)).thenReturn(after));
                    });
                }))
                .as(tx::transactional);
    }

    /** Deletes a node; with {@code recursive} also everything below it (nodes and their indicators). */
    public Mono<List<Long>> delete(Actor actor, long id, int version, boolean recursive) {
        return nodes.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("CascadeNode", id)))
                .flatMap(before -> plans.editableScope(before.planVersionId()).flatMap(scope -> {
                    access.requirePlanner(actor, scope.regionCode());
                    return nodes.hasChildren(id).flatMap(has -> {
                        if (has && !recursive) {
                            return Mono.error(SelarasException.of(ErrorCode.HAS_CHILDREN, "input.recursive"));
                        }
                        return nodes.subtreeIds(id).flatMap(ids -> nodes.delete(id, version)
                                .flatMap(n -> n == 0 ? Mono.error(SelarasException.conflict("CascadeNode"))
                                        : nodes.shiftFrom(scope.versionId(), before.parentId(), before.position() + 1, -1, id))
                                .then(events.record(actor, Change.deleted("CascadeNode", id, scope.regionId(),
                                        scope.versionId(), Map.of("node", before, "subtree", ids))))
                                .thenReturn(ids));
                    });
                }))
                .as(tx::transactional);
    }

    /** Adds or removes a cross-cutting link: {@code nodeId} also supports {@code supportsId}. */
    public Mono<CascadeNode> setSupport(Actor actor, long nodeId, long supportsId, boolean link) {
        return nodes.findAll(List.of(nodeId, supportsId)).flatMap(found -> {
            CascadeNode node = found.get(nodeId);
            CascadeNode target = found.get(supportsId);
            if (node == null) {
                return Mono.error(SelarasException.notFound("CascadeNode", nodeId));
            }
            if (target == null) {
                return Mono.error(SelarasException.notFound("CascadeNode", supportsId));
            }
            return plans.editableScope(node.planVersionId()).flatMap(scope -> {
                access.requirePlanner(actor, scope.regionCode());
                if (link) {
                    Checks checks = Checks.start()
                            .check(target.planVersionId() == node.planVersionId(), ErrorCode.DIFFERENT_VERSION, "input.supportsId")
                            .check(target.kind() == node.kind().parentKind(), ErrorCode.WRONG_SUPPORT_KIND, "input.supportsId",
                                    node.kind().name(), String.valueOf(node.kind().parentKind()))
                            .check(!Long.valueOf(supportsId).equals(node.parentId()), ErrorCode.SUPPORTS_OWN_PARENT, "input.supportsId");
                    checks.throwIfAny();
                }
                Mono<Long> change = link ? nodes.link(nodeId, supportsId) : nodes.unlink(nodeId, supportsId);
                return change.flatMap(n -> n == 0 ? nodes.find(nodeId) : nodes.touch(nodeId)
                        .flatMap(after -> events.record(actor, new Change("CascadeNode", nodeId,
                                link ? ChangeAction.LINKED : ChangeAction.UNLINKED, scope.regionId(), scope.versionId(),
                                null, Map.of("supports", supportsId))).thenReturn(after)));
            });
        }).as(tx::transactional);
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    private static String code(Checks checks, CascadeKind kind, String raw) {
        String code = checks.optionalText(raw, "input.code", CODE_MAX);
        if (code != null && code.length() <= CODE_MAX && !NomenclatureCode.valid(kind, code)) {
            checks.add(ErrorCode.INVALID_CODE, "input.code", code, kind.name());
        }
        return code;
    }

    /** The parent must be of the kind just above, in the same version; only the plan's top kind may be a root. */
    private static void checkPlacement(Checks checks, VersionScope scope, CascadeKind kind, CascadeNode parent,
                                       String code, String field) {
        if (parent == null) {
            CascadeKind root = CascadeKind.rootFor(scope.kind());
            checks.check(kind.ordinal() <= root.ordinal(), ErrorCode.ROOT_KIND_NOT_ALLOWED, field, kind.name(), root.name());
            return;
        }
        if (parent.planVersionId() != scope.versionId()) {
            checks.add(ErrorCode.DIFFERENT_VERSION, field);
            return;
        }
        if (parent.kind() != kind.parentKind()) {
            checks.add(ErrorCode.WRONG_PARENT_KIND, field, kind.name(), String.valueOf(kind.parentKind()), parent.kind().name());
            return;
        }
        if (code != null && parent.code() != null && (kind == CascadeKind.KEGIATAN || kind == CascadeKind.SUB_KEGIATAN)
                && NomenclatureCode.valid(kind, code) && !NomenclatureCode.extendsParent(parent.code(), code)) {
            checks.add(ErrorCode.CODE_NOT_UNDER_PARENT, "input.code", code, parent.code());
        }
    }

    private Mono<Void> checkOpds(Checks checks, VersionScope scope, List<Long> opdIds, String field) {
        if (opdIds.isEmpty()) {
            return Mono.empty();
        }
        checks.check(opdIds.stream().distinct().count() == opdIds.size(), ErrorCode.INVALID_FORMAT, field);
        return regions.opds(opdIds).doOnNext(found -> {
            for (int i = 0; i < opdIds.size(); i++) {
                OrganisationUnit opd = found.get(opdIds.get(i));
                if (opd == null) {
                    checks.add(ErrorCode.NOT_FOUND, field + "[" + i + "]", "OrganisationUnit", opdIds.get(i));
                } else if (!java.util.Objects.equals(scope.regionId(), opd.regionId())) {
                    checks.add(ErrorCode.OPD_OUTSIDE_REGION, field + "[" + i + "]", opd.name());
                }
            }
        }).then();
    }

    private Mono<Void> checkUniqueCode(Checks checks, long versionId, String code, Long self) {
        if (code == null) {
            return Mono.empty();
        }
        return nodes.findByCode(versionId, code)
                .filter(other -> !Long.valueOf(other.id()).equals(self))
                .doOnNext(other -> checks.add(ErrorCode.DUPLICATE_CODE, "input.code", code))
                .then();
    }

    private static Map<String, Object> snapshot(CascadeNode node, List<Long> opdIds) {
        return Map.of("node", node, "responsibleOpdIds", opdIds);
    }

    /** What {@link #create} needs. */
    public record NewNode(long planVersionId, Long parentId, CascadeKind kind, String code, String title,
                          String description, Integer position, List<Long> responsibleOpdIds) {
        public NewNode {
            responsibleOpdIds = responsibleOpdIds == null ? List.of() : List.copyOf(responsibleOpdIds);
        }
    }
}
