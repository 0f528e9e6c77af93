package id.selaras.region.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.common.Connection;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.Region;
import id.selaras.region.RegionLevel;
import id.selaras.region.RegionService;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Region} type and its root fields. */
@Controller
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @QueryMapping
    Mono<Connection<Region>> regions(@Argument RegionLevel level, @Argument String parent, @Argument Integer first,
                                     @Argument String after) {
        return Mono.defer(() -> regions.list(level, GlobalId.decodeOptional("Region", parent, "parent"), Page.of(first, after)));
    }

    @QueryMapping
    Mono<Region> region(@Argument String code) {
        return regions.regionByCode(code);
    }

    @BatchMapping(typeName = "Region", field = "parent")
    Mono<Map<Region, Region>> parent(List<Region> list) {
        var ids = list.stream().map(Region::parentId).filter(java.util.Objects::nonNull).distinct().toList();
        return regions.regions(ids).map(found -> list.stream().filter(r -> r.parentId() != null && found.containsKey(r.parentId()))
                .collect(Collectors.toMap(Function.identity(), r -> found.get(r.parentId()), (a, b) -> a)));
    }

    @BatchMapping(typeName = "Region", field = "children")
    Mono<Map<Region, List<Region>>> children(List<Region> list) {
        return regions.childrenOf(list.stream().map(Region::id).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        r -> found.getOrDefault(r.id(), List.of()))));
    }

    @BatchMapping(typeName = "Region", field = "organisationUnits")
    Mono<Map<Region, List<OrganisationUnit>>> organisationUnits(List<Region> list) {
        return regions.opdsOfRegions(list.stream().map(Region::id).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        r -> found.getOrDefault(r.id(), List.of()))));
    }

    @MutationMapping
    Mono<CreateRegionPayload> createRegion(@Argument CreateRegionInput input) {
        return CurrentActor.get()
                .flatMap(actor -> regions.createRegion(actor, input.code(), input.name(), input.level(),
                        GlobalId.decodeOptional("Region", input.parentId(), "input.parentId")))
                .map(CreateRegionPayload::new);
    }

    record CreateRegionInput(String code, String name, RegionLevel level, String parentId) {
    }

    record CreateRegionPayload(Region region) {
    }
}
