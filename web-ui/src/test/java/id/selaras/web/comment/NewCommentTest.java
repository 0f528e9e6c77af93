package id.selaras.web.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the comment form sends, and what it refuses before asking the server. */
class NewCommentTest {

    @Test
    void aComment_withAProposal_sendsItAsAddCommentInputProposal() {
        NewComment c = new NewComment("SW5kaWNhdG9yOjE", null, "  Target terlalu rendah.  ", 2027, 85.5, true, false, "k1");

        assertThat(c.problems()).isEmpty();
        assertThat(c.toInput()).containsExactly(Map.entry("subjectId", "SW5kaWNhdG9yOjE"),
                Map.entry("body", "Target terlalu rendah."), Map.entry("proposal", Map.of("year", 2027, "value", 85.5)),
                Map.entry("idempotencyKey", "k1"));
    }

    @Test
    void anOfficialReply_carriesItsParentAndTheFlag() {
        Map<String, Object> input = new NewComment("s", "Q29tbWVudDo5", "Terima kasih.", null, null, false, true, null).toInput();

        assertThat(input).containsEntry("parentId", "Q29tbWVudDo5").containsEntry("official", true)
                .doesNotContainKeys("proposal", "idempotencyKey");
    }

    @Test
    void emptyText_andAnIncompleteProposal_areShownAtTheirFields() {
        assertThat(new NewComment("s", null, "  ", null, null, true, false, null).problems()).containsExactly(
                new NewComment.Problem("body", "comment.error.body-required"),
                new NewComment.Problem("year", "comment.error.year-required"),
                new NewComment.Problem("value", "comment.error.value-required"));
        assertThat(new NewComment("s", null, "x".repeat(5001), null, null, false, false, null).problems())
                .containsExactly(new NewComment.Problem("body", "comment.error.body-too-long"));
    }

    @Test
    void withoutTheToggle_noProposalIsSent_evenWithValuesTyped() {
        assertThat(new NewComment("s", null, "ok", 2027, 1.0, false, false, null).toInput()).doesNotContainKey("proposal");
    }
}
