package id.selaras.consultation.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.common.Connection;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.consultation.Consultation;
import id.selaras.consultation.ConsultationService;
import id.selaras.consultation.ConsultationState;
import id.selaras.consultation.Meeting;
import id.selaras.consultation.ParticipationStatistics;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Consultation} type and its root query. */
@Controller
class ConsultationController {

    private final ConsultationService consultations;
    private final PlanService plans;
    private final RegionService regions;
    private final CascadeService cascade;
    private final IndicatorService indicators;

    ConsultationController(ConsultationService consultations, PlanService plans, RegionService regions, CascadeService cascade,
                           IndicatorService indicators) {
        this.consultations = consultations;
        this.plans = plans;
        this.regions = regions;
        this.cascade = cascade;
        this.indicators = indicators;
    }

    @QueryMapping
    Mono<Connection<Consultation>> consultations(@Argument ConsultationState state, @Argument String planVersion,
                                                 @Argument String region, @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            Page page = Page.of(first, after);
            Long versionId = GlobalId.decodeOptional("PlanVersion", planVersion, "planVersion");
            Long regionId = GlobalId.decodeOptional("Region", region, "region");
            return CurrentActor.get().flatMap(actor -> consultations.list(actor, state, versionId, regionId, page));
        });
    }

    @SchemaMapping(typeName = "Consultation", field = "state")
    ConsultationState state(Consultation c) {
        return c.state(consultations.now());
    }

    @BatchMapping(typeName = "Consultation", field = "planVersion")
    Mono<Map<Consultation, PlanVersion>> planVersion(List<Consultation> list) {
        return plans.versions(list.stream().map(Consultation::planVersionId).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> found.get(c.planVersionId()))));
    }

    @BatchMapping(typeName = "Consultation", field = "area")
    Mono<Map<Consultation, Region>> area(List<Consultation> list) {
        return regions.regions(list.stream().map(Consultation::areaId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(c -> c.areaId() != null && found.containsKey(c.areaId())).distinct()
                        .collect(Collectors.toMap(Function.identity(), c -> found.get(c.areaId()))));
    }

    @BatchMapping(typeName = "Consultation", field = "scopeNodes")
    Mono<Map<Consultation, List<CascadeNode>>> scopeNodes(List<Consultation> list) {
        return consultations.scopes(ids(list)).flatMap(scopes -> cascade.nodes(scopes.values().stream().flatMap(List::stream)
                        .map(s -> s[0]).filter(v -> v > 0).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        c -> scopes.getOrDefault(c.id(), List.of()).stream().map(s -> found.get(s[0])).filter(Objects::nonNull).toList()))));
    }

    @BatchMapping(typeName = "Consultation", field = "scopeIndicators")
    Mono<Map<Consultation, List<Indicator>>> scopeIndicators(List<Consultation> list) {
        return consultations.scopes(ids(list)).flatMap(scopes -> indicators.indicators(scopes.values().stream()
                        .flatMap(List::stream).map(s -> s[1]).filter(v -> v > 0).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        c -> scopes.getOrDefault(c.id(), List.of()).stream().map(s -> found.get(s[1])).filter(Objects::nonNull).toList()))));
    }

    @BatchMapping(typeName = "Consultation", field = "meetings")
    Mono<Map<Consultation, List<Meeting>>> meetings(List<Consultation> list) {
        return consultations.meetings(ids(list)).map(found -> list.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), c -> found.getOrDefault(c.id(), List.of()))));
    }

    @BatchMapping(typeName = "Consultation", field = "statistics")
    Mono<Map<Consultation, ParticipationStatistics>> statistics(List<Consultation> list) {
        return consultations.statistics(ids(list)).map(found -> list.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), c -> found.get(c.id()))));
    }

    @SchemaMapping(typeName = "ParticipationStatistics", field = "byCategory")
    List<ParticipantCount> byCategory(ParticipationStatistics s) {
        return s.byCategory().entrySet().stream().map(e -> new ParticipantCount(e.getKey().name(), e.getValue())).toList();
    }

    @SchemaMapping(typeName = "Meeting", field = "participants")
    List<ParticipantCount> participants(Meeting m) {
        return m.participants().entrySet().stream().map(e -> new ParticipantCount(e.getKey().name(), e.getValue())).toList();
    }

    /** One stakeholder category's head count. */
    record ParticipantCount(String category, int count) {
    }

    private static List<Long> ids(List<Consultation> list) {
        return list.stream().map(Consultation::id).distinct().toList();
    }

    static List<Long> decodeAll(String type, List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        return IntStream.range(0, ids.size()).mapToObj(i -> GlobalId.decode(type, ids.get(i), field + "[" + i + "]")).toList();
    }
}
