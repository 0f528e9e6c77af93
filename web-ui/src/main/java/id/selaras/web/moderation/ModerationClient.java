package id.selaras.web.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.selaras.web.api.Api;
import org.springframework.stereotype.Component;

/** The moderation feature's client; operations in {@code graphql-documents/moderation.graphql}. */
@Component
public class ModerationClient {

    static final String DOCUMENT = "moderation";
    static final int PAGE = 50;

    private final Api api;

    ModerationClient(Api api) {
        this.api = api;
    }

    /** A page of the queue: flagged comments not yet hidden, most flagged first. */
    public Queue flagged(String after) {
        return api.request(DOCUMENT, "FlaggedComments").variable("first", PAGE).variable("after", after)
                .field("flaggedComments", Queue.class);
    }

    /** Hides a comment, showing {@code reason} to the public in its place; fails with CONFLICT when it changed. */
    public Flagged hide(String id, int version, String reason) {
        return api.request(DOCUMENT, "HideComment")
                .variable("input", Map.of("id", id, "version", version, "reason", reason))
                .field("hideComment.comment", Flagged.class);
    }

    /** Shows a hidden comment again and clears its flags; fails with CONFLICT when it changed. */
    public Flagged restore(String id, int version) {
        return api.request(DOCUMENT, "RestoreComment").variable("input", Map.of("id", id, "version", version))
                .field("restoreComment.comment", Flagged.class);
    }

    public record Queue(int totalCount, PageInfo pageInfo, List<Edge> edges) {
        public List<Flagged> comments() {
            return edges == null ? List.of() : edges.stream().map(Edge::node).toList();
        }
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record Edge(Flagged node) {
    }

    /** A comment as a moderator sees it. */
    public record Flagged(String id, String body, String state, String hiddenReason, Instant createdAt, Author author,
                          Integer flagCount, List<Flag> flags, int version, Subject subject) {

        public boolean hidden() {
            return "HIDDEN".equals(state);
        }
    }

    public record Author(String name) {
    }

    public record Flag(String reason, Instant at) {
    }

    /** What the comment is about; which of the names is set depends on its type. */
    public record Subject(String __typename, String id, String name, String title, Integer number, PlanRef plan) {

        public String type() {
            return __typename;
        }

        public String label() {
            if (name != null) {
                return name;
            }
            if (title != null) {
                return title;
            }
            return plan != null ? plan.title() + (number != null ? " · v" + number : "") : "";
        }
    }

    public record PlanRef(String title) {
    }
}
