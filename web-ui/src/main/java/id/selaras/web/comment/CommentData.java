package id.selaras.web.comment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A comment (tanggapan) as the thread shows it, with its replies when they were asked for.
 *
 * @param state    VISIBLE, HIDDEN or DELETED; hidden and deleted ones keep their place without their text
 * @param official a tanggapan resmi of the responsible OPD
 */
public record CommentData(
        String id,
        String body,
        String bodyHtml,
        String state,
        String hiddenReason,
        OffsetDateTime createdAt,
        OffsetDateTime editedAt,
        Author author,
        Boolean mine,
        Boolean official,
        Opd officialOpd,
        Proposal proposal,
        Integer agreeCount,
        Integer disagreeCount,
        String myReaction,
        Integer replyCount,
        Integer version,
        Parent parent,
        Connection replies) {

    public record Author(String name) {
    }

    public record Opd(String name, String shortName) {
    }

    public record Parent(String id) {
    }

    public record Target(Integer year, Double value, Double min, Double max) {
    }

    /** A proposed target for a year, beside the target it would replace. */
    public record Proposal(Integer year, Double value, Target currentTarget) {
    }

    public record Edge(CommentData node) {
    }

    public record Connection(List<Edge> edges, Integer totalCount) {
        public List<CommentData> nodes() {
            return edges == null ? List.of() : edges.stream().map(Edge::node).toList();
        }
    }

    public boolean isOfficial() {
        return Boolean.TRUE.equals(official);
    }

    public boolean visible() {
        return "VISIBLE".equals(state);
    }

    public String parentId() {
        return parent == null ? null : parent.id();
    }

    public List<CommentData> replyList() {
        return replies == null ? List.of() : replies.nodes();
    }

    /** This comment with the replies of an older copy (a live event carries the comment without its replies). */
    public CommentData withReplies(Connection older) {
        return new CommentData(id, body, bodyHtml, state, hiddenReason, createdAt, editedAt, author, mine, official,
                officialOpd, proposal, agreeCount, disagreeCount, myReaction, replyCount, version, parent, older);
    }

    public int agrees() {
        return agreeCount == null ? 0 : agreeCount;
    }

    public int disagrees() {
        return disagreeCount == null ? 0 : disagreeCount;
    }
}
