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
import id.selaras.region.RegionService;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code OrganisationUnit} (OPD) type and its root fields. */
@Controller
class OrganisationUnitController {

    private final RegionService regions;

    OrganisationUnitController(RegionService regions) {
        this.regions = regions;
    }

    @QueryMapping
    Mono<Connection<OrganisationUnit>> organisationUnits(@Argument String region, @Argument Integer first,
                                                         @Argument String after) {
        return Mono.defer(() -> regions.opdsOfRegion(GlobalId.decode("Region", region, "region"), Page.of(first, after)));
    }

    @BatchMapping(typeName = "OrganisationUnit", field = "region")
    Mono<Map<OrganisationUnit, Region>> region(List<OrganisationUnit> list) {
        return regions.regions(list.stream().map(OrganisationUnit::regionId).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), o -> found.get(o.regionId()))));
    }

    @MutationMapping
    Mono<CreateOrganisationUnitPayload> createOrganisationUnit(@Argument CreateOrganisationUnitInput input) {
        return CurrentActor.get()
                .flatMap(actor -> regions.createOpd(actor, GlobalId.decode("Region", input.regionId(), "input.regionId"),
                        input.code(), input.name(), input.shortName()))
                .map(CreateOrganisationUnitPayload::new);
    }

    @MutationMapping
    Mono<UpdateOrganisationUnitPayload> updateOrganisationUnit(@Argument UpdateOrganisationUnitInput input) {
        return CurrentActor.get()
                .flatMap(actor -> regions.updateOpd(actor, GlobalId.decode("OrganisationUnit", input.id(), "input.id"),
                        input.version(), input.name(), input.shortName()))
                .map(UpdateOrganisationUnitPayload::new);
    }

    record CreateOrganisationUnitInput(String regionId, String code, String name, String shortName) {
    }

    record UpdateOrganisationUnitInput(String id, int version, String name, String shortName) {
    }

    record CreateOrganisationUnitPayload(OrganisationUnit organisationUnit) {
    }

    record UpdateOrganisationUnitPayload(OrganisationUnit organisationUnit) {
    }
}
