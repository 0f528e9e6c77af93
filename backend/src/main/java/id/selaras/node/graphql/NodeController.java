package id.selaras.node.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.common.ErrorCode;
import id.selaras.common.GlobalId;
import id.selaras.node.NodeLoader;
import id.selaras.common.SelarasException;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code node(id:)} and {@code nodes(ids:)}: any object by its global id, through the features' loaders. */
@Controller
class NodeController {

    private static final int MAX_IDS = 100;
    private final Map<String, NodeLoader> loaders;

    NodeController(List<NodeLoader> loaders) {
        this.loaders = loaders.stream().collect(Collectors.toMap(NodeLoader::type, Function.identity()));
    }

    @QueryMapping
    Mono<Object> node(@Argument String id) {
        GlobalId gid = GlobalId.parse(id);
        if (gid == null || !loaders.containsKey(gid.type())) {
            return Mono.error(SelarasException.of(ErrorCode.INVALID_ID, "id", "Node"));
        }
        return CurrentActor.get().flatMap(actor -> loaders.get(gid.type()).load(actor, gid.id()).map(o -> (Object) o));
    }

    @QueryMapping
    Mono<List<Object>> nodes(@Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            return Mono.error(SelarasException.of(ErrorCode.PAGE_SIZE, "ids", MAX_IDS));
        }
        return Flux.fromIterable(ids)
                .concatMap(id -> node(id).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .onErrorResume(SelarasException.class, e -> Mono.just(Optional.empty())))
                .collectList()
                .map(list -> list.stream().map(o -> o.orElse(null)).toList());
    }
}
