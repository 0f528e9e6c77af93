package id.selaras.comment;

import java.time.Instant;

/**
 * A comment (tanggapan) on something commentable, possibly a reply, possibly proposing a target value for a year, possibly
 * the official response of the responsible OPD. Deleted and hidden comments stay for the audit trail.
 */
public record Comment(long id, String subjectType, long subjectId, Long consultationId, Long regionId, Long parentId, int depth,
                      String author, String authorName, String body, Integer proposalYear, Double proposalValue,
                      boolean official, Long officialOpdId, Instant createdAt, Instant editedAt, Instant deletedAt,
                      Instant hiddenAt, String hiddenReason, int flagCount, int agreeCount, int disagreeCount, int passCount,
                      int version) {

    public CommentState state() {
        if (deletedAt != null) {
            return CommentState.DELETED;
        }
        return hiddenAt != null ? CommentState.HIDDEN : CommentState.VISIBLE;
    }
}
