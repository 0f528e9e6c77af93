package id.selaras.comment.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.selaras.comment.Comment;
import id.selaras.comment.CommentService;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Comment lists take paging arguments, so they are batched through loaders keyed by subject (or parent) and page:
 * one statement per type and page shape for all the subjects of a request level.
 */
@Component
class CommentLoaders {

    static final String TOP_LEVEL = "commentPages";
    static final String REPLIES = "replyPages";

    /** A page of comments of one subject ({@code type} is "reply" for the replies of a comment). */
    record Key(String type, long id, Page page) {
    }

    CommentLoaders(BatchLoaderRegistry registry, CommentService comments) {
        registry.<Key, Connection<Comment>>forName(TOP_LEVEL).registerMappedBatchLoader((keys, env) -> load(keys, comments, false));
        registry.<Key, Connection<Comment>>forName(REPLIES).registerMappedBatchLoader((keys, env) -> load(keys, comments, true));
    }

    private static Mono<Map<Key, Connection<Comment>>> load(Set<Key> keys, CommentService comments, boolean replies) {
        Map<List<Object>, List<Key>> groups = keys.stream().collect(Collectors.groupingBy(k -> List.of(k.type(), k.page())));
        return Flux.fromIterable(groups.values()).concatMap(group -> {
            Key first = group.getFirst();
            List<Long> ids = group.stream().map(Key::id).distinct().toList();
            Page page = first.page();
            Mono<Map<Long, List<Comment>>> rows = replies ? comments.replies(ids, page.offset(), page.limit())
                    : comments.ofSubjects(first.type(), ids, page.offset(), page.limit());
            return rows.zipWith(comments.counts(first.type(), ids, replies, false)).map(t -> {
                Map<Key, Connection<Comment>> result = new HashMap<>();
                group.forEach(k -> result.put(k, Connection.of(page, t.getT1().getOrDefault(k.id(), List.of()),
                        t.getT2().getOrDefault(k.id(), 0))));
                return result;
            });
        }).collectList().map(maps -> {
            Map<Key, Connection<Comment>> all = new HashMap<>();
            maps.forEach(all::putAll);
            return all;
        });
    }
}
