package id.selaras.cascade.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.common.GlobalId;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.RegionService;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code CascadeNode} type and the cascade mutations. */
@Controller
class CascadeNodeController {

    private final CascadeService cascade;
    private final PlanService plans;
    private final RegionService regions;

    CascadeNodeController(CascadeService cascade, PlanService plans, RegionService regions) {
        this.cascade = cascade;
        this.plans = plans;
        this.regions = regions;
    }

    @BatchMapping(typeName = "CascadeNode", field = "planVersion")
    Mono<Map<CascadeNode, PlanVersion>> planVersion(List<CascadeNode> list) {
        return plans.versions(list.stream().map(CascadeNode::planVersionId).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), n -> found.get(n.planVersionId()))));
    }

    @BatchMapping(typeName = "CascadeNode", field = "parent")
    Mono<Map<CascadeNode, CascadeNode>> parent(List<CascadeNode> list) {
        return cascade.nodes(list.stream().map(CascadeNode::parentId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(n -> n.parentId() != null && found.containsKey(n.parentId())).distinct()
                        .collect(Collectors.toMap(Function.identity(), n -> found.get(n.parentId()))));
    }

    @BatchMapping(typeName = "CascadeNode", field = "children")
    Mono<Map<CascadeNode, List<CascadeNode>>> children(List<CascadeNode> list) {
        return cascade.children(ids(list)).map(found -> byNode(list, found));
    }

    @BatchMapping(typeName = "CascadeNode", field = "supports")
    Mono<Map<CascadeNode, List<CascadeNode>>> supports(List<CascadeNode> list) {
        return cascade.supports(ids(list)).map(found -> byNode(list, found));
    }

    @BatchMapping(typeName = "CascadeNode", field = "supportedBy")
    Mono<Map<CascadeNode, List<CascadeNode>>> supportedBy(List<CascadeNode> list) {
        return cascade.supportedBy(ids(list)).map(found -> byNode(list, found));
    }

    @BatchMapping(typeName = "CascadeNode", field = "responsibleOpds")
    Mono<Map<CascadeNode, List<OrganisationUnit>>> responsibleOpds(List<CascadeNode> list) {
        return cascade.opdIds(ids(list)).flatMap(opdIds -> regions.opds(opdIds.values().stream().flatMap(List::stream)
                        .distinct().toList())
                .map(opds -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        n -> opdIds.getOrDefault(n.id(), List.of()).stream().map(opds::get).filter(Objects::nonNull).toList()))));
    }

    @MutationMapping
    Mono<NodePayload> createCascadeNode(@Argument CreateInput input) {
        return CurrentActor.get().flatMap(actor -> cascade.create(actor, new CascadeService.NewNode(
                GlobalId.decode("PlanVersion", input.planVersionId(), "input.planVersionId"),
                GlobalId.decodeOptional("CascadeNode", input.parentId(), "input.parentId"), input.kind(), input.code(),
                input.title(), input.description(), input.position(), opdIds(input.responsibleOpdIds()))))
                .map(NodePayload::new);
    }

    @MutationMapping
    Mono<NodePayload> updateCascadeNode(@Argument UpdateInput input) {
        return CurrentActor.get().flatMap(actor -> cascade.update(actor, GlobalId.decode("CascadeNode", input.id(), "input.id"),
                input.version(), input.code(), input.title(), input.description(), opdIds(input.responsibleOpdIds())))
                .map(NodePayload::new);
    }

    @MutationMapping
    Mono<NodePayload> moveCascadeNode(@Argument MoveInput input) {
        return CurrentActor.get().flatMap(actor -> cascade.move(actor, GlobalId.decode("CascadeNode", input.id(), "input.id"),
                input.version(), GlobalId.decodeOptional("CascadeNode", input.parentId(), "input.parentId"), input.position()))
                .map(NodePayload::new);
    }

    @MutationMapping
    Mono<DeletePayload> deleteCascadeNode(@Argument DeleteInput input) {
        return CurrentActor.get().flatMap(actor -> cascade.delete(actor, GlobalId.decode("CascadeNode", input.id(), "input.id"),
                        input.version(), Boolean.TRUE.equals(input.recursive())))
                .map(ids -> new DeletePayload(ids.stream().map(id -> GlobalId.encode("CascadeNode", id)).toList()));
    }

    @MutationMapping
    Mono<NodePayload> linkCascadeSupport(@Argument SupportInput input) {
        return support(input, true);
    }

    @MutationMapping
    Mono<NodePayload> unlinkCascadeSupport(@Argument SupportInput input) {
        return support(input, false);
    }

    private Mono<NodePayload> support(SupportInput input, boolean link) {
        return CurrentActor.get().flatMap(actor -> cascade.setSupport(actor,
                        GlobalId.decode("CascadeNode", input.nodeId(), "input.nodeId"),
                        GlobalId.decode("CascadeNode", input.supportsId(), "input.supportsId"), link))
                .map(NodePayload::new);
    }

    private static List<Long> ids(List<CascadeNode> list) {
        return list.stream().map(CascadeNode::id).distinct().toList();
    }

    private static <T> Map<CascadeNode, List<T>> byNode(List<CascadeNode> list, Map<Long, List<T>> found) {
        return list.stream().distinct().collect(Collectors.toMap(Function.identity(), n -> found.getOrDefault(n.id(), List.of())));
    }

    static List<Long> opdIds(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, ids.size())
                .mapToObj(i -> GlobalId.decode("OrganisationUnit", ids.get(i), "input.responsibleOpdIds[" + i + "]"))
                .toList();
    }

    record CreateInput(String planVersionId, String parentId, CascadeKind kind, String code, String title,
                       String description, Integer position, List<String> responsibleOpdIds) {
    }

    record UpdateInput(String id, int version, String code, String title, String description,
                       List<String> responsibleOpdIds) {
    }

    record MoveInput(String id, int version, String parentId, Integer position) {
    }

    record DeleteInput(String id, int version, Boolean recursive) {
    }

    record SupportInput(String nodeId, String supportsId) {
    }

    record NodePayload(CascadeNode node) {
    }

    record DeletePayload(List<String> deletedIds) {
    }
}
