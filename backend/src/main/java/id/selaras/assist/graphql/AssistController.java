package id.selaras.assist.graphql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.selaras.aspiration.Aspiration;
import id.selaras.aspiration.AspirationService;
import id.selaras.assist.AssistService;
import id.selaras.assist.duplicates.DuplicateFinder;
import id.selaras.assist.groups.OpinionGroups;
import id.selaras.assist.groups.OpinionMap;
import id.selaras.assist.routing.Suggestion;
import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.comment.Comment;
import id.selaras.comment.CommentService;
import id.selaras.common.GlobalId;
import id.selaras.consultation.Consultation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.CurrentActor;
import org.dataloader.DataLoader;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Assisted planning over GraphQL: suggestions, their confirmation and rejection, merges, opinion groups, duplicates. */
@Controller
class AssistController {

    static final String SUGGESTIONS = "aspirationSuggestionLists";

    private final AssistService assist;
    private final AspirationService aspirations;
    private final CascadeService cascade;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final CommentService comments;
    private final AccessPolicy access;
    private final MessageSource messages;

    AssistController(AssistService assist, AspirationService aspirations, CascadeService cascade, IndicatorService indicators,
                     RegionService regions, CommentService comments, AccessPolicy access, MessageSource messages,
                     BatchLoaderRegistry registry) {
        this.assist = assist;
        this.aspirations = aspirations;
        this.cascade = cascade;
        this.indicators = indicators;
        this.regions = regions;
        this.comments = comments;
        this.access = access;
        this.messages = messages;
        // Aspiration.suggestions(first): one batch for every aspiration of a request level with the same `first`
        registry.<SuggestionKey, List<Suggestion>>forName(SUGGESTIONS).registerMappedBatchLoader((keys, env) ->
                CurrentActor.get().flatMap(actor -> reactor.core.publisher.Flux.fromIterable(
                                keys.stream().collect(Collectors.groupingBy(SuggestionKey::first)).entrySet())
                        .concatMap(e -> assist.suggestions(actor, e.getValue().stream().map(SuggestionKey::aspiration).toList(),
                                e.getKey()).map(found -> e.getValue().stream().collect(Collectors.toMap(Function.identity(),
                                k -> found.getOrDefault(k.aspiration().id(), List.of())))))
                        .collectList().map(maps -> {
                            Map<SuggestionKey, List<Suggestion>> all = new HashMap<>();
                            maps.forEach(all::putAll);
                            return all;
                        })));
    }

    record SuggestionKey(Aspiration aspiration, int first) {
    }

    // ---- suggestions ----------------------------------------------------------------------------------------------

    @QueryMapping
    Mono<List<SuggestionView>> aspirationSuggestions(@Argument String aspiration, @Argument Integer first) {
        return Mono.defer(() -> {
            long id = GlobalId.decode("Aspiration", aspiration, "aspiration");
            return CurrentActor.get().flatMap(actor -> assist.suggestions(actor, id, first == null ? 5 : first))
                    .map(AssistController::views);
        });
    }

    @SchemaMapping(typeName = "Aspiration", field = "suggestions")
    Mono<List<SuggestionView>> suggestions(Aspiration a, @Argument Integer first,
                                           DataLoader<SuggestionKey, List<Suggestion>> aspirationSuggestionLists) {
        return Mono.fromFuture(aspirationSuggestionLists.load(new SuggestionKey(a, first == null ? 5 : first)))
                .map(AssistController::views);
    }

    private static List<SuggestionView> views(List<Suggestion> list) {
        return list.stream().map(s -> new SuggestionView(s.rank(), s.score(), s.matched(), s.confirmations(), s.rejections(), s))
                .toList();
    }

    @BatchMapping(typeName = "AspirationSuggestion", field = "node")
    Mono<Map<SuggestionView, CascadeNode>> node(List<SuggestionView> list) {
        return cascade.nodes(list.stream().map(v -> v.suggestion().nodeId()).distinct().toList())
                .map(found -> list.stream().distinct().filter(v -> found.containsKey(v.suggestion().nodeId()))
                        .collect(Collectors.toMap(Function.identity(), v -> found.get(v.suggestion().nodeId()))));
    }

    @BatchMapping(typeName = "AspirationSuggestion", field = "indicator")
    Mono<Map<SuggestionView, Indicator>> indicator(List<SuggestionView> list) {
        return indicators.indicators(list.stream().map(v -> v.suggestion().indicatorId()).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().distinct().filter(v -> v.suggestion().indicatorId() != null
                                && found.containsKey(v.suggestion().indicatorId()))
                        .collect(Collectors.toMap(Function.identity(), v -> found.get(v.suggestion().indicatorId()))));
    }

    @BatchMapping(typeName = "AspirationSuggestion", field = "opd")
    Mono<Map<SuggestionView, OrganisationUnit>> opd(List<SuggestionView> list) {
        return regions.opds(list.stream().map(v -> v.suggestion().opdId()).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().distinct().filter(v -> v.suggestion().opdId() != null
                                && found.containsKey(v.suggestion().opdId()))
                        .collect(Collectors.toMap(Function.identity(), v -> found.get(v.suggestion().opdId()))));
    }

    @SchemaMapping(typeName = "AspirationSuggestion", field = "explanation")
    String explanation(SuggestionView v, Locale locale) {
        Suggestion s = v.suggestion();
        String words = s.matched().isEmpty() ? "—" : String.join(", ", s.matched());
        String text = messages.getMessage("assist.explanation", new Object[] {words, s.title()}, locale);
        if (s.confirmations() > 0) {
            text += " " + messages.getMessage("assist.explanation.confirmed", new Object[] {s.confirmations()}, locale);
        }
        if (s.rejections() > 0) {
            text += " " + messages.getMessage("assist.explanation.rejected", new Object[] {s.rejections()}, locale);
        }
        return text;
    }

    // ---- merges ---------------------------------------------------------------------------------------------------

    @BatchMapping(typeName = "Aspiration", field = "mergedInto")
    Mono<Map<Aspiration, Aspiration>> mergedInto(List<Aspiration> list) {
        return staffOnly(list).flatMap(visible -> aspirations.primaryIds(ids(visible)).flatMap(primary ->
                aspirations.aspirations(primary.values().stream().distinct().toList()).map(found -> visible.stream().distinct()
                        .filter(a -> primary.containsKey(a.id()) && found.containsKey(primary.get(a.id())))
                        .collect(Collectors.toMap(Function.identity(), a -> found.get(primary.get(a.id())))))));
    }

    @BatchMapping(typeName = "Aspiration", field = "mergedAspirations")
    Mono<Map<Aspiration, List<Aspiration>>> mergedAspirations(List<Aspiration> list) {
        return staffOnly(list).flatMap(visible -> aspirations.mergedIds(ids(visible)).flatMap(merged ->
                aspirations.aspirations(merged.values().stream().flatMap(List::stream).distinct().toList()).map(found ->
                        list.stream().distinct().collect(Collectors.toMap(Function.identity(), a -> merged
                                .getOrDefault(a.id(), List.of()).stream().map(found::get).filter(Objects::nonNull).toList())))));
    }

    /** The aspirations of the list whose region the actor is staff of. */
    private Mono<List<Aspiration>> staffOnly(List<Aspiration> list) {
        return CurrentActor.get().flatMap(actor -> regions.regions(list.stream().map(Aspiration::regionId).distinct().toList())
                .map(found -> list.stream().filter(a -> found.containsKey(a.regionId())
                        && access.canSeeDrafts(actor, found.get(a.regionId()).code())).toList()));
    }

    private static List<Long> ids(List<Aspiration> list) {
        return list.stream().map(Aspiration::id).distinct().toList();
    }

    // ---- mutations ------------------------------------------------------------------------------------------------

    @MutationMapping
    Mono<AspirationPayload> confirmAspirationLink(@Argument ConfirmInput input) {
        return Mono.defer(() -> {
            long id = GlobalId.decode("Aspiration", input.aspirationId(), "input.aspirationId");
            long node = GlobalId.decode("CascadeNode", input.nodeId(), "input.nodeId");
            Long indicator = GlobalId.decodeOptional("Indicator", input.indicatorId(), "input.indicatorId");
            Long opd = GlobalId.decodeOptional("OrganisationUnit", input.opdId(), "input.opdId");
            return CurrentActor.get().flatMap(actor -> assist.confirm(actor, id, input.version(), node, indicator, opd))
                    .map(AspirationPayload::new);
        });
    }

    @MutationMapping
    Mono<RejectPayload> rejectAspirationLink(@Argument RejectInput input) {
        return Mono.defer(() -> {
            long id = GlobalId.decode("Aspiration", input.aspirationId(), "input.aspirationId");
            long node = GlobalId.decode("CascadeNode", input.nodeId(), "input.nodeId");
            return CurrentActor.get().flatMap(actor -> assist.reject(actor, id, node))
                    .flatMap(a -> cascade.nodes(List.of(node)).map(found -> new RejectPayload(a, found.get(node))));
        });
    }

    @MutationMapping
    Mono<MergePayload> mergeAspirations(@Argument MergeInput input) {
        return Mono.defer(() -> {
            long id = GlobalId.decode("Aspiration", input.id(), "input.id");
            List<Long> dups = input.duplicateIds() == null ? List.of() : IntStream.range(0, input.duplicateIds().size())
                    .mapToObj(i -> GlobalId.decode("Aspiration", input.duplicateIds().get(i), "input.duplicateIds[" + i + "]"))
                    .toList();
            return CurrentActor.get().flatMap(actor -> assist.merge(actor, id, input.version(), dups))
                    .flatMap(primary -> aspirations.aspirations(dups).map(found -> new MergePayload(primary,
                            dups.stream().distinct().map(found::get).filter(Objects::nonNull).toList())));
        });
    }

    // ---- duplicates -----------------------------------------------------------------------------------------------

    @QueryMapping
    Mono<List<AspirationGroupView>> duplicateAspirations(@Argument String region, @Argument String status) {
        return Mono.defer(() -> {
            long regionId = GlobalId.decode("Region", region, "region");
            return CurrentActor.get().flatMap(actor -> assist.duplicateAspirations(actor, regionId, status))
                    .map(list -> list.stream().map(g -> new AspirationGroupView(g.ids(), g.similarity(), g.sharedWords())).toList());
        });
    }

    @BatchMapping(typeName = "AspirationDuplicateGroup", field = "aspirations")
    Mono<Map<AspirationGroupView, List<Aspiration>>> groupAspirations(List<AspirationGroupView> list) {
        return aspirations.aspirations(list.stream().flatMap(g -> g.ids().stream()).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        g -> g.ids().stream().map(found::get).filter(Objects::nonNull).toList())));
    }

    @QueryMapping
    Mono<List<CommentGroupView>> duplicateComments(@Argument String consultation) {
        return Mono.defer(() -> {
            long id = GlobalId.decode("Consultation", consultation, "consultation");
            return CurrentActor.get().flatMap(actor -> assist.duplicateComments(actor, id))
                    .map(list -> list.stream().map(g -> new CommentGroupView(g.ids(), g.similarity(), g.sharedWords())).toList());
        });
    }

    @BatchMapping(typeName = "CommentDuplicateGroup", field = "comments")
    Mono<Map<CommentGroupView, List<Comment>>> groupComments(List<CommentGroupView> list) {
        return comments.comments(list.stream().flatMap(g -> g.ids().stream()).distinct().toList())
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        g -> g.ids().stream().map(found::get).filter(Objects::nonNull).toList())));
    }

    // ---- opinion groups -------------------------------------------------------------------------------------------

    @QueryMapping
    Mono<OpinionGroupsView> opinionGroups(@Argument String consultation, Locale locale) {
        return Mono.defer(() -> {
            long id = GlobalId.decode("Consultation", consultation, "consultation");
            return CurrentActor.get().flatMap(actor -> assist.opinionGroups(actor, id)).map(c -> view(c, locale));
        });
    }

    private OpinionGroupsView view(AssistService.Computed c, Locale locale) {
        OpinionGroups g = c.groups();
        String title = messages.getMessage("assist.opinionMap.title", new Object[] {c.consultation().title(), g.k(),
                g.participants()}, locale);
        String group = messages.getMessage("assist.opinionMap.group", null, locale);
        return new OpinionGroupsView(c.consultation(), g.participants(), g.comments(), g.votes(),
                List.of(g.explained()[0], g.explained()[1]), g.silhouette(),
                g.groups().stream().map(x -> new OpinionGroupView(x.id(), x.size(), x.x(), x.y(),
                        x.distinguishing().stream().map(AssistController::statement).toList())).toList(),
                g.consensus().stream().map(AssistController::statement).toList(),
                g.points().stream().map(p -> new PointView(p.x(), p.y(), p.group())).toList(),
                OpinionMap.svg(g, title, group), c.computedAt());
    }

    private static StatementView statement(OpinionGroups.Statement s) {
        return new StatementView(s.commentId(), s.agree(), s.share(), Double.isNaN(s.othersShare()) ? null : s.othersShare(),
                s.votes());
    }

    @BatchMapping(typeName = "OpinionStatement", field = "comment")
    Mono<Map<StatementView, Comment>> statementComment(List<StatementView> list) {
        return comments.comments(list.stream().map(StatementView::commentId).distinct().toList())
                .map(found -> list.stream().distinct().filter(s -> found.containsKey(s.commentId()))
                        .collect(Collectors.toMap(Function.identity(), s -> found.get(s.commentId()))));
    }

    // ---- types ----------------------------------------------------------------------------------------------------

    record SuggestionView(int rank, double score, List<String> matchedTerms, int confirmations, int rejections,
                          Suggestion suggestion) {
    }

    record AspirationGroupView(List<Long> ids, double similarity, List<String> sharedWords) {
    }

    record CommentGroupView(List<Long> ids, double similarity, List<String> sharedWords) {
    }

    record OpinionGroupsView(Consultation consultation, int participants, int comments, int votes,
                             List<Double> explainedVariance, double silhouette, List<OpinionGroupView> groups,
                             List<StatementView> consensus, List<PointView> points, String svg, Instant computedAt) {
    }

    record OpinionGroupView(int number, int size, double x, double y, List<StatementView> distinguishing) {
    }

    record StatementView(long commentId, boolean agree, double share, Double othersShare, int votes) {
    }

    record PointView(double x, double y, int group) {
    }

    record ConfirmInput(String aspirationId, int version, String nodeId, String indicatorId, String opdId) {
    }

    record RejectInput(String aspirationId, String nodeId) {
    }

    record MergeInput(String id, int version, List<String> duplicateIds) {
    }

    record AspirationPayload(Aspiration aspiration) {
    }

    record RejectPayload(Aspiration aspiration, CascadeNode rejected) {
    }

    record MergePayload(Aspiration aspiration, List<Aspiration> merged) {
    }
}
