package id.selaras.web.comment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.web.api.Api;
import id.selaras.web.api.Live;
import org.springframework.stereotype.Component;

/** The comment feature's GraphQL client; its operations are in {@code graphql-documents/comment.graphql}. */
@Component
public class CommentClient {

    static final String DOCUMENT = "comment";
    static final int PAGE = 100;

    private final Api api;

    CommentClient(Api api) {
        this.api = api;
    }

    /** A subject's comments with their replies, in thread order. */
    public List<CommentData> thread(String subjectId) {
        CommentData.Connection c = api.request(DOCUMENT, "Thread").variable("subject", subjectId).variable("first", PAGE)
                .field("node.comments", CommentData.Connection.class);
        return c == null ? List.of() : c.nodes();
    }

    public CommentData add(NewComment comment) {
        return api.request(DOCUMENT, "AddComment").variable("input", comment.toInput())
                .field("addComment.comment", CommentData.class);
    }

    /** Sets the caller's reaction (AGREE, DISAGREE), or withdraws it with null. */
    public CommentData react(String commentId, String reaction) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("commentId", commentId);
        input.put("reaction", reaction);
        return api.request(DOCUMENT, "ReactToComment").variable("input", input)
                .field("reactToComment.comment", CommentData.class);
    }

    /** The live topic of a subject's comments, replies included. */
    public static Live.Topic activity(String subjectId) {
        return Live.Topic.of(DOCUMENT, "CommentActivity", "commentActivity", Map.of("subject", subjectId));
    }

    /** A comment event of the {@code commentActivity} subscription. */
    public record Event(String sequence, String kind, CommentData comment, Boolean resync) {
    }
}
