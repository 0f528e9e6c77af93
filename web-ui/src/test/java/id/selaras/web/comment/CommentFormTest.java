package id.selaras.web.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import org.junit.jupiter.api.Test;

/**
 * The comment form without a browser: the contract's ids, problems shown at their field before anything is sent,
 * the proposal sent with the comment, and the server's refusals at the field they name or at the top of the form.
 */
class CommentFormTest {

    static final ThreadSettings INDICATOR = new ThreadSettings("SW5kaWNhdG9yOjE", true, false,
            List.of(new ThreadSettings.ProposalYear(2026, "78 %"), new ThreadSettings.ProposalYear(2027, "79 %")), "%");

    /** A client that records what would be sent, and answers with the next refusal or an echo. */
    static final class Recording extends CommentClient {
        final List<NewComment> sent = new ArrayList<>();
        ApiException refuse;

        Recording() {
            super(null);
        }

        @Override
        public CommentData add(NewComment comment) {
            sent.add(comment);
            if (refuse != null) {
                throw refuse;
            }
            return ThreadOrderTest.comment("new", comment.parentId(), comment.official(), 0);
        }
    }

    @Test
    void theFormCarriesTheContractsIds() {
        CommentForm form = new CommentForm(INDICATOR, null, new Recording(), c -> { }, null);

        assertThat(form.body().getId()).hasValue("comment-body");
        assertThat(form.fields().get("year").control().getId()).hasValue("proposal-year");
        assertThat(form.fields().get("value").control().getId()).hasValue("proposal-value");
    }

    @Test
    void theProposalYear_defaultsToThePeriodsLastYear_whenThePeriodHasEnded() {
        ThreadSettings past = new ThreadSettings("s", true, false, List.of(new ThreadSettings.ProposalYear(2020, "79 %"),
                new ThreadSettings.ProposalYear(2021, "80 %")), "%");

        assertThat(choice(new CommentForm(past, null, new Recording(), c -> { }, null)).getValue()).isEqualTo("2021");
    }

    @Test
    void anEmptyComment_isNotSent_andTheProblemIsAtTheTextField() {
        Recording client = new Recording();
        CommentForm form = new CommentForm(INDICATOR, null, client, c -> { }, null);

        form.send();

        assertThat(client.sent).isEmpty();
        assertThat(form.fields().get("body").error()).isNotBlank();
        assertThat(form.body().getElement().getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aProposal_isSentWithTheComment_inKomaDesimal() {
        Recording client = new Recording();
        List<CommentData> added = new ArrayList<>();
        CommentForm form = new CommentForm(INDICATOR, null, client, added::add, null);
        form.body().setValue("Target 2027 terlalu rendah.");
        toggleProposal(form);
        choice(form).setValue("2027");
        ((id.selaras.web.controls.DecimalInput) form.fields().get("value").control()).setValue("81,5");

        form.send();

        assertThat(client.sent).singleElement().satisfies(c -> {
            assertThat(c.toInput()).containsEntry("proposal", java.util.Map.of("year", 2027, "value", 81.5));
            assertThat(c.parentId()).isNull();
        });
        assertThat(added).hasSize(1);
        assertThat(form.body().getValue()).isEmpty();
    }

    @Test
    void aProposalWithoutAValue_isShownAtTheValueField() {
        Recording client = new Recording();
        CommentForm form = new CommentForm(INDICATOR, null, client, c -> { }, null);
        form.body().setValue("Usul");
        toggleProposal(form);

        form.send();

        assertThat(client.sent).isEmpty();
        assertThat(form.fields().get("value").error()).isNotBlank();
        assertThat(form.fields().get("year").error()).isNull();
    }

    @Test
    void theServersRefusals_goToTheirFieldOrTheTopOfTheForm() {
        Recording client = new Recording();
        CommentForm form = new CommentForm(INDICATOR, null, client, c -> { }, null);
        form.body().setValue("Usul");
        client.refuse = new ApiException("AddComment", List.of(
                new ApiError("Usulan target hanya untuk tahun dalam periode rencana.", Classification.BAD_REQUEST,
                        "PROPOSAL_NOT_ALLOWED", "input.proposal", null),
                new ApiError("Tanggapan hanya dapat diberikan selama konsultasi dibuka.", Classification.BAD_REQUEST,
                        "NOT_OPEN_FOR_COMMENTS", "input.subjectId", null)));

        form.send();

        assertThat(form.fields().get("year").error()).contains("periode rencana");
        assertThat(form.problems().isVisible()).isTrue();
        assertThat(form.problems().getElement().getTextRecursively()).contains("konsultasi dibuka");
        assertThat(form.body().getValue()).isEqualTo("Usul");
    }

    @Test
    void aRateLimit_isShownAtTheTopOfTheForm_andTheTextIsKept() {
        Recording client = new Recording();
        CommentForm form = new CommentForm(INDICATOR, null, client, c -> { }, null);
        form.body().setValue("Lagi");
        client.refuse = new ApiException("AddComment", List.of(new ApiError("Terlalu banyak permintaan.",
                Classification.RATE_LIMITED, "RATE_LIMITED", null, 30)));

        form.send();

        assertThat(form.problems().getElement().getTextRecursively()).contains("Terlalu banyak permintaan.");
        assertThat(form.body().getValue()).isEqualTo("Lagi");
    }

    @Test
    void aReplyForm_offersTheOfficialToggle_onlyToOfficersOfTheResponsibleOpd() {
        ThreadSettings officer = new ThreadSettings("s", true, true, List.of(), "%");
        Recording client = new Recording();
        CommentForm reply = new CommentForm(officer, "Q29tbWVudDox", client, c -> { }, () -> { });
        CommentForm citizen = new CommentForm(ThreadSettings.plain("s", true), "Q29tbWVudDox", client, c -> { }, () -> { });

        assertThat(classes(reply)).contains("official-toggle", "reply-body", "reply-submit");
        assertThat(classes(citizen)).contains("reply-body", "reply-submit").doesNotContain("official-toggle");

        reply.body().setValue("Terima kasih, target akan kami tinjau.");
        officialToggle(reply).setValue(true);
        reply.send();
        assertThat(client.sent.getLast().toInput()).containsEntry("official", true).containsEntry("parentId", "Q29tbWVudDox");
    }

    private static void toggleProposal(CommentForm form) {
        find(form, id.selaras.web.controls.CheckBox.class, "proposal-toggle").setValue(true);
    }

    private static id.selaras.web.controls.CheckBox officialToggle(CommentForm form) {
        return descendants(form).filter(id.selaras.web.controls.CheckBox.class::isInstance)
                .map(id.selaras.web.controls.CheckBox.class::cast).filter(c -> c.hasClassName("official-toggle"))
                .findFirst().orElseThrow();
    }

    private static id.selaras.web.controls.Choice choice(CommentForm form) {
        return (id.selaras.web.controls.Choice) form.fields().get("year").control();
    }

    private static <T extends com.vaadin.flow.component.Component> T find(CommentForm form, Class<T> type, String id) {
        return descendants(form).filter(type::isInstance).map(type::cast)
                .filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(CommentFormTest::descendants));
    }

    private static List<String> classes(CommentForm form) {
        return descendants(form).flatMap(c -> c.getElement().getClassList().stream()).toList();
    }
}
