package id.selaras.comment.graphql;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.aspiration.AspirationService;
import id.selaras.cascade.CascadeService;
import id.selaras.comment.Comment;
import id.selaras.comment.CommentService;
import id.selaras.comment.CommentState;
import id.selaras.comment.CommentText;
import id.selaras.comment.Reaction;
import id.selaras.common.Connection;
import id.selaras.consultation.Consultation;
import id.selaras.consultation.ConsultationService;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.Target;
import id.selaras.plan.PlanService;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import id.selaras.security.CurrentActor;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The fields of the {@code Comment} type. */
@Controller
class CommentController {

    private final CommentService comments;
    private final RegionService regions;
    private final IndicatorService indicators;
    private final CascadeService cascade;
    private final PlanService plans;
    private final ConsultationService consultations;
    private final AspirationService aspirations;

    CommentController(CommentService comments, RegionService regions, IndicatorService indicators, CascadeService cascade,
                      PlanService plans, ConsultationService consultations, AspirationService aspirations) {
        this.comments = comments;
        this.regions = regions;
        this.indicators = indicators;
        this.cascade = cascade;
        this.plans = plans;
        this.consultations = consultations;
        this.aspirations = aspirations;
    }

    /** The text: gone when deleted; when hidden, only for moderators of its region. */
    @BatchMapping(typeName = "Comment", field = "body")
    Mono<Map<Comment, String>> body(List<Comment> list) {
        return readableBodies(list).map(m -> m);
    }

    @BatchMapping(typeName = "Comment", field = "bodyHtml")
    Mono<Map<Comment, String>> bodyHtml(List<Comment> list) {
        return readableBodies(list).map(m -> m.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> CommentText.toHtml(e.getValue()))));
    }

    private Mono<Map<Comment, String>> readableBodies(List<Comment> list) {
        if (list.stream().allMatch(c -> c.state() == CommentState.VISIBLE)) {
            // the common case, and the only one in a broadcast: nothing to look up
            Map<Comment, String> all = new HashMap<>();
            list.forEach(c -> all.put(c, c.body()));
            return Mono.just(all);
        }
        List<Comment> hidden = list.stream().filter(c -> c.state() == CommentState.HIDDEN).toList();
        return CurrentActor.get().flatMap(actor -> regionCodes(hidden).map(codes -> {
            Map<Comment, String> result = new HashMap<>();
            for (Comment c : list) {
                boolean readable = c.state() == CommentState.VISIBLE
                        || (c.state() == CommentState.HIDDEN && comments.moderates(actor, codes.get(c.regionId())));
                if (readable) {
                    result.put(c, c.body());
                }
            }
            return result;
        }));
    }

    private Mono<Map<Long, String>> regionCodes(List<Comment> list) {
        return regions.regions(list.stream().map(Comment::regionId).filter(Objects::nonNull).distinct().toList())
                .map(found -> found.values().stream().collect(Collectors.toMap(Region::id, Region::code)));
    }

    @SchemaMapping(typeName = "Comment", field = "author")
    Author author(Comment c) {
        return new Author(c.authorName() == null || c.authorName().isBlank() ? "Warga" : c.authorName());
    }

    /** A display name, never an account. */
    record Author(String name) {
    }

    @SchemaMapping(typeName = "Comment", field = "mine")
    Mono<Boolean> mine(Comment c) {
        return CurrentActor.get().map(actor -> !actor.anonymous() && c.author().equals(actor.subject()));
    }

    /** What it is about, loaded per type in one statement each. */
    @BatchMapping(typeName = "Comment", field = "subject")
    Mono<Map<Comment, Object>> subject(List<Comment> list) {
        Map<String, List<Long>> byType = list.stream().collect(Collectors.groupingBy(Comment::subjectType,
                Collectors.mapping(Comment::subjectId, Collectors.toList())));
        Mono<Map<Long, ?>> ind = load(byType, "Indicator", indicators::indicators);
        Mono<Map<Long, ?>> nodes = load(byType, "CascadeNode", cascade::nodes);
        Mono<Map<Long, ?>> versions = load(byType, "PlanVersion", plans::versions);
        Mono<Map<Long, ?>> cons = load(byType, "Consultation", consultations::consultations);
        Mono<Map<Long, ?>> asps = load(byType, "Aspiration", aspirations::aspirations);
        return Mono.zip(ind, nodes, versions, cons, asps).map(t -> {
            Map<String, Map<Long, ?>> all = Map.of("Indicator", t.getT1(), "CascadeNode", t.getT2(), "PlanVersion", t.getT3(),
                    "Consultation", t.getT4(), "Aspiration", t.getT5());
            Map<Comment, Object> result = new HashMap<>();
            list.forEach(c -> {
                Object s = all.get(c.subjectType()).get(c.subjectId());
                if (s != null) {
                    result.put(c, s);
                }
            });
            return result;
        });
    }

    private static Mono<Map<Long, ?>> load(Map<String, List<Long>> byType, String type,
                                           Function<List<Long>, Mono<? extends Map<Long, ?>>> loader) {
        List<Long> ids = byType.getOrDefault(type, List.of());
        return ids.isEmpty() ? Mono.just(Map.of()) : loader.apply(ids.stream().distinct().toList()).map(m -> m);
    }

    @BatchMapping(typeName = "Comment", field = "consultation")
    Mono<Map<Comment, Consultation>> consultation(List<Comment> list) {
        return consultations.consultations(list.stream().map(Comment::consultationId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(c -> c.consultationId() != null && found.containsKey(c.consultationId()))
                        .distinct().collect(Collectors.toMap(Function.identity(), c -> found.get(c.consultationId()))));
    }

    @BatchMapping(typeName = "Comment", field = "parent")
    Mono<Map<Comment, Comment>> parent(List<Comment> list) {
        return comments.comments(list.stream().map(Comment::parentId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(c -> c.parentId() != null && found.containsKey(c.parentId())).distinct()
                        .collect(Collectors.toMap(Function.identity(), c -> found.get(c.parentId()))));
    }

    @SchemaMapping(typeName = "Comment", field = "replies")
    Mono<Connection<Comment>> replies(Comment c, @Argument Integer first, @Argument String after,
                                      DataLoader<CommentLoaders.Key, Connection<Comment>> replyPages) {
        return Mono.fromFuture(replyPages.load(new CommentLoaders.Key("reply", c.id(), id.selaras.common.Page.of(first, after))));
    }

    @BatchMapping(typeName = "Comment", field = "replyCount")
    Mono<Map<Comment, Integer>> replyCount(List<Comment> list) {
        return comments.counts("reply", list.stream().map(Comment::id).distinct().toList(), true, true)
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> found.getOrDefault(c.id(), 0))));
    }

    @BatchMapping(typeName = "Comment", field = "officialOpd")
    Mono<Map<Comment, OrganisationUnit>> officialOpd(List<Comment> list) {
        return regions.opds(list.stream().map(Comment::officialOpdId).filter(Objects::nonNull).distinct().toList())
                .map(found -> list.stream().filter(c -> c.officialOpdId() != null && found.containsKey(c.officialOpdId())).distinct()
                        .collect(Collectors.toMap(Function.identity(), c -> found.get(c.officialOpdId()))));
    }

    /** The proposed value beside the indicator's current target for that year. */
    @BatchMapping(typeName = "Comment", field = "proposal")
    Mono<Map<Comment, Proposal>> proposal(List<Comment> list) {
        List<Comment> proposing = list.stream().filter(c -> c.proposalYear() != null).distinct().toList();
        return indicators.targets(proposing.stream().filter(c -> "Indicator".equals(c.subjectType())).map(Comment::subjectId)
                        .distinct().toList())
                .map(targets -> proposing.stream().collect(Collectors.toMap(Function.identity(), c -> new Proposal(c.proposalYear(),
                        c.proposalValue(), targets.getOrDefault(c.subjectId(), List.of()).stream()
                        .filter(t -> t.year() == c.proposalYear()).findFirst().orElse(null)))));
    }

    /** A target proposal as shown. */
    record Proposal(int year, double value, Target currentTarget) {
    }

    @BatchMapping(typeName = "Comment", field = "myReaction")
    Mono<Map<Comment, Reaction>> myReaction(List<Comment> list) {
        return CurrentActor.get().flatMap(actor -> comments.reactionsOf(actor, list.stream().map(Comment::id).distinct().toList()))
                .map(found -> list.stream().filter(c -> found.containsKey(c.id())).distinct()
                        .collect(Collectors.toMap(Function.identity(), c -> found.get(c.id()))));
    }

    /** Earlier texts, for the author and moderators. */
    @BatchMapping(typeName = "Comment", field = "revisions")
    Mono<Map<Comment, List<Revision>>> revisions(List<Comment> list) {
        return CurrentActor.get().flatMap(actor -> regionCodes(list).flatMap(codes -> {
            List<Comment> allowed = list.stream().distinct().filter(c -> mayReadHistory(actor, c, codes)).toList();
            return comments.revisions(allowed.stream().map(Comment::id).toList()).map(found -> list.stream().distinct()
                    .collect(Collectors.toMap(Function.identity(), c -> allowed.contains(c)
                            ? found.getOrDefault(c.id(), List.of()).stream().map(r -> new Revision(r[0], Instant.parse(r[1]))).toList()
                            : List.<Revision>of())));
        }));
    }

    private boolean mayReadHistory(Actor actor, Comment c, Map<Long, String> codes) {
        return (!actor.anonymous() && c.author().equals(actor.subject())) || comments.moderates(actor, codes.get(c.regionId()));
    }

    /** An earlier text of a comment. */
    record Revision(String body, Instant replacedAt) {
    }

    /** The number of flags, for moderators of the comment's region. */
    @BatchMapping(typeName = "Comment", field = "flagCount")
    Mono<Map<Comment, Integer>> flagCount(List<Comment> list) {
        return CurrentActor.get().flatMap(actor -> regionCodes(list).map(codes -> list.stream().distinct()
                .filter(c -> comments.moderates(actor, codes.get(c.regionId())))
                .collect(Collectors.toMap(Function.identity(), Comment::flagCount))));
    }

    /** Why people flagged it, for moderators of the comment's region; never who flagged. */
    @BatchMapping(typeName = "Comment", field = "flags")
    Mono<Map<Comment, List<Flag>>> flags(List<Comment> list) {
        return CurrentActor.get().flatMap(actor -> regionCodes(list).flatMap(codes -> {
            List<Comment> allowed = list.stream().distinct().filter(c -> comments.moderates(actor, codes.get(c.regionId())))
                    .toList();
            return comments.flags(allowed.stream().map(Comment::id).toList()).map(found -> list.stream().distinct()
                    .collect(Collectors.toMap(Function.identity(), c -> allowed.contains(c)
                            ? found.getOrDefault(c.id(), List.of()).stream().map(f -> new Flag(f[0], Instant.parse(f[1]))).toList()
                            : List.<Flag>of())));
        }));
    }

    /** A flag as shown to moderators. */
    record Flag(String reason, Instant at) {
    }
}
