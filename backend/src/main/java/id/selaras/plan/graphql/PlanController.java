package id.selaras.plan.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.common.Connection;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.plan.Plan;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.CurrentActor;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Plan} type, {@code plans} and the plan mutations. */
@Controller
class PlanController {

    private final PlanService plans;
    private final RegionService regions;

    PlanController(PlanService plans, RegionService regions, BatchLoaderRegistry registry) {
        this.plans = plans;
        this.regions = regions;
        // Plan.versions takes paging arguments, so it is batched through a loader of all visible versions per plan.
        registry.<Plan, List<PlanVersion>>forName("planVersions").registerMappedBatchLoader((keys, env) ->
                CurrentActor.get().flatMap(actor -> plans.visibleVersions(actor, keys))
                        .map(m -> keys.stream().collect(Collectors.toMap(Function.identity(),
                                p -> m.getOrDefault(p.id(), List.of())))));
    }

    @QueryMapping
    Mono<Connection<Plan>> plans(@Argument PlanKind kind, @Argument String region, @Argument Boolean reference,
                                 @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            Page page = Page.of(first, after);
            Long regionId = GlobalId.decodeOptional("Region", region, "region");
            return CurrentActor.get().flatMap(actor -> plans.list(actor, kind, regionId, reference, page));
        });
    }

    @BatchMapping(typeName = "Plan", field = "region")
    Mono<Map<Plan, Region>> region(List<Plan> list) {
        return regions.regions(list.stream().map(Plan::regionId).filter(java.util.Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(p -> p.regionId() != null).distinct()
                        .collect(Collectors.toMap(Function.identity(), p -> found.get(p.regionId()))));
    }

    @BatchMapping(typeName = "Plan", field = "adoptedVersion")
    Mono<Map<Plan, PlanVersion>> adoptedVersion(List<Plan> list) {
        return plans.adoptedVersions(list.stream().map(Plan::id).distinct().toList())
                .map(found -> list.stream().filter(p -> found.containsKey(p.id())).distinct()
                        .collect(Collectors.toMap(Function.identity(), p -> found.get(p.id()))));
    }

    @BatchMapping(typeName = "Plan", field = "currentDraft")
    Mono<Map<Plan, PlanVersion>> currentDraft(List<Plan> list) {
        return CurrentActor.get().flatMap(actor -> plans.currentDrafts(actor, list))
                .map(found -> list.stream().filter(p -> found.containsKey(p.id())).distinct()
                        .collect(Collectors.toMap(Function.identity(), p -> found.get(p.id()))));
    }

    @SchemaMapping(typeName = "Plan", field = "versions")
    Mono<Connection<PlanVersion>> versions(Plan plan, @Argument Integer first, @Argument String after,
                                           DataLoader<Plan, List<PlanVersion>> planVersions) {
        return Mono.defer(() -> {
            Page page = Page.of(first, after);
            return Mono.fromFuture(planVersions.load(plan)).map(all -> Connection.of(page,
                    all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size()));
        });
    }

    @MutationMapping
    Mono<CreatePlanPayload> createPlan(@Argument CreatePlanInput input) {
        return CurrentActor.get().flatMap(actor -> plans.createPlan(actor, new PlanService.NewPlan(input.kind(),
                        input.title(), GlobalId.decodeOptional("Region", input.regionId(), "input.regionId"),
                        input.periodStart(), input.periodEnd(), input.reference(), input.note())))
                .map(r -> new CreatePlanPayload(r.plan(), r.draft()));
    }

    @MutationMapping
    Mono<UpdatePlanPayload> updatePlan(@Argument UpdatePlanInput input) {
        return CurrentActor.get().flatMap(actor -> plans.updatePlan(actor, GlobalId.decode("Plan", input.id(), "input.id"),
                        input.version(), input.title(),
                        GlobalId.decodeOptional("RatingScheme", input.ratingSchemeId(), "input.ratingSchemeId")))
                .map(UpdatePlanPayload::new);
    }

    @MutationMapping
    Mono<RevisePlanPayload> revisePlan(@Argument RevisePlanInput input) {
        return CurrentActor.get().flatMap(actor -> plans.revise(actor, GlobalId.decode("Plan", input.planId(), "input.planId"),
                input.note())).map(RevisePlanPayload::new);
    }

    record CreatePlanInput(PlanKind kind, String title, String regionId, int periodStart, int periodEnd, Boolean reference,
                           String note) {
    }

    record CreatePlanPayload(Plan plan, PlanVersion draft) {
    }

    record UpdatePlanInput(String id, int version, String title, String ratingSchemeId) {
    }

    record UpdatePlanPayload(Plan plan) {
    }

    record RevisePlanInput(String planId, String note) {
    }

    record RevisePlanPayload(PlanVersion draft) {
    }
}
