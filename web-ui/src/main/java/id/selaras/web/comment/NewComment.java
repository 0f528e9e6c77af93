package id.selaras.web.comment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comment being written: its text, what it answers, and optionally a proposed target or the official flag. Checked
 * here first so the person sees a missing text or year at once; the server checks again and has the last word.
 *
 * @param idempotencyKey the same key for retries of one submission, so a retried request adds nothing twice
 */
public record NewComment(String subjectId, String parentId, String body, Integer proposalYear, Double proposalValue,
                         boolean proposing, boolean official, String idempotencyKey) {

    public static final int MAX_LENGTH = 5000;

    /** A problem at a field of the form: the field's name as the API names it, and the message key. */
    public record Problem(String field, String messageKey) {
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(new Problem("body", "comment.error.body-required"));
        } else if (body.length() > MAX_LENGTH) {
            problems.add(new Problem("body", "comment.error.body-too-long"));
        }
        if (proposing) {
            if (proposalYear == null) {
                problems.add(new Problem("year", "comment.error.year-required"));
            }
            if (proposalValue == null) {
                problems.add(new Problem("value", "comment.error.value-required"));
            }
        }
        return problems;
    }

    /** The {@code AddCommentInput}; the proposal only when one is being made. */
    public Map<String, Object> toInput() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("subjectId", subjectId);
        if (parentId != null) {
            input.put("parentId", parentId);
        }
        input.put("body", body == null ? "" : body.strip());
        if (proposing) {
            input.put("proposal", Map.of("year", proposalYear, "value", proposalValue));
        }
        if (official) {
            input.put("official", true);
        }
        if (idempotencyKey != null) {
            input.put("idempotencyKey", idempotencyKey);
        }
        return input;
    }
}
