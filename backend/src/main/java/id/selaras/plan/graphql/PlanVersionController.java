package id.selaras.plan.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.audit.ChangeEvent;
import id.selaras.audit.ChangeHistory;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.plan.Plan;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.security.AccessPolicy;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code PlanVersion} type, its life-cycle mutations and its change history. */
@Controller
class PlanVersionController {

    private final PlanService plans;
    private final ChangeHistory history;
    private final AccessPolicy access;

    PlanVersionController(PlanService plans, ChangeHistory history, AccessPolicy access) {
        this.plans = plans;
        this.history = history;
        this.access = access;
    }

    @BatchMapping(typeName = "PlanVersion", field = "plan")
    Mono<Map<PlanVersion, Plan>> plan(List<PlanVersion> list) {
        return plans.plans(list.stream().map(PlanVersion::planId).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), v -> found.get(v.planId()))));
    }

    @BatchMapping(typeName = "PlanVersion", field = "basedOn")
    Mono<Map<PlanVersion, PlanVersion>> basedOn(List<PlanVersion> list) {
        return plans.versions(list.stream().map(PlanVersion::basedOnId).filter(java.util.Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(v -> v.basedOnId() != null && found.containsKey(v.basedOnId())).distinct()
                        .collect(Collectors.toMap(Function.identity(), v -> found.get(v.basedOnId()))));
    }

    @QueryMapping
    Mono<Connection<ChangeEvent>> changes(@Argument String planVersion, @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            long versionId = GlobalId.decode("PlanVersion", planVersion, "planVersion");
            Page page = Page.of(first, after);
            return CurrentActor.get().flatMap(actor -> plans.scope(versionId)
                    .switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", versionId))).flatMap(scope -> {
                if (!access.canSeeDrafts(actor, scope.regionCode())) {
                    return Mono.error(SelarasException.of(actor.anonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN, null));
                }
                return history.ofPlanVersion(versionId, page);
            }));
        });
    }

    @SchemaMapping(typeName = "ChangeEvent", field = "sequence")
    String sequence(ChangeEvent event) {
        return Long.toString(event.sequence());
    }

    @SchemaMapping(typeName = "ChangeEvent", field = "entityId")
    String entityId(ChangeEvent event) {
        return GlobalId.encode(event.entityType(), event.entityId());
    }

    @MutationMapping
    Mono<ChangePlanVersionStatusPayload> openPlanVersionForConsultation(@Argument StatusInput input) {
        return CurrentActor.get().flatMap(a -> plans.openForConsultation(a, input.versionId(), input.version()))
                .map(ChangePlanVersionStatusPayload::new);
    }

    @MutationMapping
    Mono<ChangePlanVersionStatusPayload> returnPlanVersionToDraft(@Argument StatusInput input) {
        return CurrentActor.get().flatMap(a -> plans.returnToDraft(a, input.versionId(), input.version()))
                .map(ChangePlanVersionStatusPayload::new);
    }

    @MutationMapping
    Mono<ChangePlanVersionStatusPayload> adoptPlanVersion(@Argument StatusInput input) {
        return CurrentActor.get().flatMap(a -> plans.adopt(a, input.versionId(), input.version()))
                .map(ChangePlanVersionStatusPayload::new);
    }

    @MutationMapping
    Mono<DeletePlanVersionPayload> deletePlanVersion(@Argument StatusInput input) {
        return CurrentActor.get().flatMap(a -> plans.deleteVersion(a, input.versionId(), input.version()))
                .map(id -> new DeletePlanVersionPayload(GlobalId.encode("PlanVersion", id)));
    }

    /** The id and lock version of the plan version to change. */
    record StatusInput(String id, int version) {
        long versionId() {
            return GlobalId.decode("PlanVersion", id, "input.id");
        }
    }

    record ChangePlanVersionStatusPayload(PlanVersion planVersion) {
    }

    record DeletePlanVersionPayload(String deletedId) {
    }
}
