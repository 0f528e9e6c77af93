package id.selaras.cascade.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.common.Connection;
import id.selaras.common.GlobalId;
import id.selaras.node.NodeLoader;
import id.selaras.common.Page;
import id.selaras.plan.PlanVersion;
import id.selaras.security.Actor;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The cascade fields of {@code PlanVersion}: its roots, its nodes in tree order, and how many there are. */
@Controller
class PlanVersionCascadeController implements NodeLoader {

    private final CascadeService cascade;

    PlanVersionCascadeController(CascadeService cascade) {
        this.cascade = cascade;
    }

    @BatchMapping(typeName = "PlanVersion", field = "roots")
    Mono<Map<PlanVersion, List<CascadeNode>>> roots(List<PlanVersion> versions) {
        return cascade.roots(versions.stream().map(PlanVersion::id).distinct().toList())
                .map(found -> versions.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        v -> found.getOrDefault(v.id(), List.of()))));
    }

    @BatchMapping(typeName = "PlanVersion", field = "nodeCount")
    Mono<Map<PlanVersion, Integer>> nodeCount(List<PlanVersion> versions) {
        return cascade.countByVersion(versions.stream().map(PlanVersion::id).distinct().toList())
                .map(found -> versions.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        v -> found.getOrDefault(v.id(), 0L).intValue())));
    }

    @SchemaMapping(typeName = "PlanVersion", field = "nodes")
    Mono<Connection<CascadeNode>> nodes(PlanVersion version, @Argument CascadeKind kind, @Argument String opd,
                                        @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            Page page = Page.of(first, after);
            Long opdId = GlobalId.decodeOptional("OrganisationUnit", opd, "opd");
            return CurrentActor.get().flatMap(actor -> cascade.list(actor, version.id(), kind, opdId, page));
        });
    }

    @Override
    public String type() {
        return "CascadeNode";
    }

    @Override
    public Mono<?> load(Actor actor, long id) {
        return cascade.node(actor, id);
    }
}
