package id.selaras.comment.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import id.selaras.aspiration.Aspiration;
import id.selaras.cascade.CascadeNode;
import id.selaras.comment.Comment;
import id.selaras.comment.CommentService;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.consultation.Consultation;
import id.selaras.indicator.Indicator;
import id.selaras.plan.PlanVersion;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The {@code Commentable} fields of every commentable type: one implementation for all of them (and one contract test
 * that each type runs).
 */
@Controller
class CommentableController {

    private final CommentService comments;

    CommentableController(CommentService comments) {
        this.comments = comments;
    }

    @SchemaMapping(typeName = "PlanVersion", field = "comments")
    Mono<Connection<Comment>> planVersionComments(PlanVersion v, @Argument Integer first, @Argument String after,
                                                 DataLoader<CommentLoaders.Key, Connection<Comment>> commentPages) {
        return page("PlanVersion", v.id(), first, after, commentPages);
    }

    @SchemaMapping(typeName = "CascadeNode", field = "comments")
    Mono<Connection<Comment>> nodeComments(CascadeNode n, @Argument Integer first, @Argument String after,
                                           DataLoader<CommentLoaders.Key, Connection<Comment>> commentPages) {
        return page("CascadeNode", n.id(), first, after, commentPages);
    }

    @SchemaMapping(typeName = "Indicator", field = "comments")
    Mono<Connection<Comment>> indicatorComments(Indicator i, @Argument Integer first, @Argument String after,
                                                DataLoader<CommentLoaders.Key, Connection<Comment>> commentPages) {
        return page("Indicator", i.id(), first, after, commentPages);
    }

    @SchemaMapping(typeName = "Consultation", field = "comments")
    Mono<Connection<Comment>> consultationComments(Consultation c, @Argument Integer first, @Argument String after,
                                                   DataLoader<CommentLoaders.Key, Connection<Comment>> commentPages) {
        return page("Consultation", c.id(), first, after, commentPages);
    }

    @SchemaMapping(typeName = "Aspiration", field = "comments")
    Mono<Connection<Comment>> aspirationComments(Aspiration a, @Argument Integer first, @Argument String after,
                                                 DataLoader<CommentLoaders.Key, Connection<Comment>> commentPages) {
        return page("Aspiration", a.id(), first, after, commentPages);
    }

    @BatchMapping(typeName = "PlanVersion", field = "commentCount")
    Mono<Map<PlanVersion, Integer>> planVersionCount(List<PlanVersion> list) {
        return count("PlanVersion", list, PlanVersion::id);
    }

    @BatchMapping(typeName = "CascadeNode", field = "commentCount")
    Mono<Map<CascadeNode, Integer>> nodeCount(List<CascadeNode> list) {
        return count("CascadeNode", list, CascadeNode::id);
    }

    @BatchMapping(typeName = "Indicator", field = "commentCount")
    Mono<Map<Indicator, Integer>> indicatorCount(List<Indicator> list) {
        return count("Indicator", list, Indicator::id);
    }

    @BatchMapping(typeName = "Consultation", field = "commentCount")
    Mono<Map<Consultation, Integer>> consultationCount(List<Consultation> list) {
        return count("Consultation", list, Consultation::id);
    }

    @BatchMapping(typeName = "Aspiration", field = "commentCount")
    Mono<Map<Aspiration, Integer>> aspirationCount(List<Aspiration> list) {
        return count("Aspiration", list, Aspiration::id);
    }

    static Mono<Connection<Comment>> page(String type, long id, Integer first, String after,
                                          DataLoader<CommentLoaders.Key, Connection<Comment>> loader) {
        return Mono.fromFuture(loader.load(new CommentLoaders.Key(type, id, Page.of(first, after))));
    }

    private <T> Mono<Map<T, Integer>> count(String type, List<T> list, ToLongFunction<T> id) {
        return comments.counts(type, list.stream().map(id::applyAsLong).distinct().toList(), false, true)
                .map(found -> list.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        x -> found.getOrDefault(id.applyAsLong(x), 0))));
    }
}
