package id.selaras.aspiration.graphql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.selaras.aspiration.Aspiration;
import id.selaras.aspiration.AspirationLink;
import id.selaras.aspiration.AspirationService;
import id.selaras.aspiration.AspirationStatus;
import id.selaras.aspiration.AspirationStep;
import id.selaras.aspiration.AspirationTopic;
import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.node.NodeLoader;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Aspiration} type, its queries and mutations. */
@Controller
class AspirationController implements NodeLoader {

    private final AspirationService aspirations;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final CascadeService cascade;

    AspirationController(AspirationService aspirations, RegionService regions, IndicatorService indicators, CascadeService cascade) {
        this.aspirations = aspirations;
        this.regions = regions;
        this.indicators = indicators;
        this.cascade = cascade;
    }

    @QueryMapping
    Mono<Connection<Aspiration>> aspirations(@Argument AspirationStatus status, @Argument Boolean mine, @Argument String region,
                                            @Argument String topic, @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            Page page = Page.of(first, after);
            Long regionId = GlobalId.decodeOptional("Region", region, "region");
            AspirationTopic t = topic == null ? null : topic(topic);
            return CurrentActor.get().flatMap(actor -> aspirations.list(actor, Boolean.TRUE.equals(mine), regionId, status, t, page));
        });
    }

    @QueryMapping
    Mono<Statistics> aspirationStatistics(@Argument String region) {
        return Mono.defer(() -> aspirations.statistics(GlobalId.decode("Region", region, "region")))
                .flatMap(s -> regions.regions(s.byArea().keySet().stream().filter(id -> id > 0).toList()).map(areas ->
                        new Statistics(s.total(),
                                s.byStatus().entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList(),
                                s.byTopic().entrySet().stream().map(e -> new TopicCount(e.getKey().name(), e.getValue())).toList(),
                                s.byArea().entrySet().stream().map(e -> new AreaCount(areas.get(e.getKey()), e.getValue())).toList())));
    }

    @QueryMapping
    List<Topic> aspirationTopics(Locale locale) {
        return Arrays.stream(AspirationTopic.values()).map(t -> new Topic(t.name(), t.label(locale))).toList();
    }

    @SchemaMapping(typeName = "TopicCount", field = "topic")
    Topic topicOfCount(TopicCount count, Locale locale) {
        AspirationTopic t = AspirationTopic.valueOf(count.code());
        return new Topic(t.name(), t.label(locale));
    }

    @SchemaMapping(typeName = "Aspiration", field = "topic")
    String topic(Aspiration a) {
        return a.topic().name();
    }

    @SchemaMapping(typeName = "Aspiration", field = "mine")
    Mono<Boolean> mine(Aspiration a) {
        return CurrentActor.get().map(actor -> !actor.anonymous() && a.author().equals(actor.subject()));
    }

    @BatchMapping(typeName = "Aspiration", field = "region")
    Mono<Map<Aspiration, Region>> region(List<Aspiration> list) {
        return regions.regions(list.stream().map(Aspiration::regionId).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), a -> found.get(a.regionId()))));
    }

    @BatchMapping(typeName = "Aspiration", field = "area")
    Mono<Map<Aspiration, Region>> area(List<Aspiration> list) {
        return regions.regions(list.stream().map(Aspiration::areaId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(a -> a.areaId() != null && found.containsKey(a.areaId())).distinct()
                        .collect(Collectors.toMap(Function.identity(), a -> found.get(a.areaId()))));
    }

    @BatchMapping(typeName = "Aspiration", field = "assignedOpd")
    Mono<Map<Aspiration, OrganisationUnit>> assignedOpd(List<Aspiration> list) {
        return regions.opds(list.stream().map(Aspiration::assignedOpdId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(a -> a.assignedOpdId() != null && found.containsKey(a.assignedOpdId()))
                        .distinct().collect(Collectors.toMap(Function.identity(), a -> found.get(a.assignedOpdId()))));
    }

    @BatchMapping(typeName = "Aspiration", field = "steps")
    Mono<Map<Aspiration, List<AspirationStep>>> steps(List<Aspiration> list) {
        return aspirations.steps(ids(list)).map(found -> list.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), a -> found.getOrDefault(a.id(), List.of()))));
    }

    @BatchMapping(typeName = "Aspiration", field = "linkedIndicators")
    Mono<Map<Aspiration, List<Indicator>>> linkedIndicators(List<Aspiration> list) {
        return aspirations.links(ids(list)).flatMap(links -> indicators.indicators(links.values().stream().flatMap(List::stream)
                        .map(AspirationLink::indicatorId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), a -> links
                        .getOrDefault(a.id(), List.of()).stream().map(l -> l.indicatorId() == null ? null : found.get(l.indicatorId()))
                        .filter(Objects::nonNull).toList()))));
    }

    @BatchMapping(typeName = "Aspiration", field = "linkedNodes")
    Mono<Map<Aspiration, List<CascadeNode>>> linkedNodes(List<Aspiration> list) {
        return aspirations.links(ids(list)).flatMap(links -> cascade.nodes(links.values().stream().flatMap(List::stream)
                        .map(AspirationLink::nodeId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), a -> links
                        .getOrDefault(a.id(), List.of()).stream().map(l -> l.nodeId() == null ? null : found.get(l.nodeId()))
                        .filter(Objects::nonNull).toList()))));
    }

    @MutationMapping
    Mono<AspirationPayload> submitAspiration(@Argument SubmitInput input, @ContextValue(required = false) String clientAddress) {
        return CurrentActor.get().flatMap(actor -> aspirations.submit(actor, clientAddress, new AspirationService.NewAspiration(
                GlobalId.decode("Region", input.regionId(), "input.regionId"),
                GlobalId.decodeOptional("Region", input.areaId(), "input.areaId"), input.title(), input.body(), input.topic(),
                input.idempotencyKey()))).map(AspirationPayload::new);
    }

    @MutationMapping
    Mono<AspirationPayload> triageAspiration(@Argument TriageInput input) {
        return CurrentActor.get().flatMap(actor -> aspirations.triage(actor, GlobalId.decode("Aspiration", input.id(), "input.id"),
                input.version(), GlobalId.decodeOptional("OrganisationUnit", input.assignedOpdId(), "input.assignedOpdId"),
                decodeAll("CascadeNode", input.nodeIds(), "input.nodeIds"),
                decodeAll("Indicator", input.indicatorIds(), "input.indicatorIds"))).map(AspirationPayload::new);
    }

    @MutationMapping
    Mono<StatusPayload> changeAspirationStatus(@Argument StatusInput input) {
        long id = GlobalId.decode("Aspiration", input.id(), "input.id");
        return CurrentActor.get().flatMap(actor -> aspirations.changeStatus(actor, id, input.version(), input.status(), input.reason())
                .flatMap(step -> aspirations.aspirations(List.of(id)).map(m -> new StatusPayload(m.get(id), step))));
    }

    @Override
    public String type() {
        return "Aspiration";
    }

    @Override
    public Mono<?> load(Actor actor, long id) {
        return aspirations.aspiration(actor, id);
    }

    private static AspirationTopic topic(String code) {
        try {
            return AspirationTopic.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw SelarasException.of(ErrorCode.UNKNOWN_TOPIC, "topic", code.length() > 40 ? code.substring(0, 40) : code);
        }
    }

    private static List<Long> ids(List<Aspiration> list) {
        return list.stream().map(Aspiration::id).distinct().toList();
    }

    private static List<Long> decodeAll(String type, List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        return IntStream.range(0, ids.size()).mapToObj(i -> GlobalId.decode(type, ids.get(i), field + "[" + i + "]")).toList();
    }

    record Topic(String code, String label) {
    }

    record StatusCount(AspirationStatus status, int count) {
    }

    record TopicCount(String code, int count) {
    }

    record AreaCount(Region area, int count) {
    }

    record Statistics(int total, List<StatusCount> byStatus, List<TopicCount> byTopic, List<AreaCount> byArea) {
    }

    record SubmitInput(String regionId, String areaId, String title, String body, String topic, String idempotencyKey) {
    }

    record TriageInput(String id, int version, String assignedOpdId, List<String> indicatorIds, List<String> nodeIds) {
    }

    record StatusInput(String id, int version, AspirationStatus status, String reason) {
    }

    record AspirationPayload(Aspiration aspiration) {
    }

    record StatusPayload(Aspiration aspiration, AspirationStep step) {
    }

}
