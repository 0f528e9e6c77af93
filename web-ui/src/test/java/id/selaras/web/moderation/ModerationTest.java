package id.selaras.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import id.selaras.web.moderation.ModerationClient.Flag;
import id.selaras.web.moderation.ModerationClient.Flagged;
import id.selaras.web.ui.Field;
import org.junit.jupiter.api.Test;

/** The moderation queue without a browser: the public reason's checks, the queue's bookkeeping, conflicts. */
class ModerationTest {

    @Test
    void reason_isRequired_meaningful_andWithinTheApiLimit() {
        assertThat(HideReason.problem(null)).contains("moderation.reason.required");
        assertThat(HideReason.problem("   \n ")).contains("moderation.reason.required");
        assertThat(HideReason.problem("spam")).contains("moderation.reason.short");
        assertThat(HideReason.problem("x".repeat(501))).contains("moderation.reason.long");
        assertThat(HideReason.problem("x".repeat(500))).isEmpty();
        assertThat(HideReason.problem("Memuat data pribadi")).isEmpty();
        assertThat(HideReason.normalised("  Memuat \n  data   pribadi ")).isEqualTo("Memuat data pribadi");
    }

    @Test
    void queue_keepsHiddenCommentsInPlace_forUndo_andDropsRestoredOnes() {
        ModerationQueue queue = new ModerationQueue();
        queue.reset(page(3, true, comment("a", 0, "VISIBLE", 3), comment("b", 2, "VISIBLE", 1)));
        queue.append(page(3, false, comment("b", 2, "VISIBLE", 1), comment("c", 0, "VISIBLE", 1)));

        assertThat(queue.items()).extracting(Flagged::id).containsExactly("a", "b", "c");
        assertThat(queue.waiting()).isEqualTo(3);
        assertThat(queue.hasMore()).isFalse();

        queue.hidden(new Flagged("b", "teks", "HIDDEN", "Memuat data pribadi", Instant.now(), null, null, List.of(), 3, null));
        assertThat(queue.items()).extracting(Flagged::id).containsExactly("a", "b", "c");
        assertThat(queue.find("b").orElseThrow().version()).as("the version after hiding, for a restore").isEqualTo(3);
        assertThat(queue.find("b").orElseThrow().hidden()).isTrue();
        assertThat(ModerationQueue.flagCount(queue.find("b").orElseThrow())).as("flags kept for the record").isEqualTo(1);
        assertThat(queue.waiting()).isEqualTo(2);

        queue.restored("b");
        assertThat(queue.items()).extracting(Flagged::id).containsExactly("a", "c");
        assertThat(queue.waiting()).isEqualTo(2);
    }

    @Test
    void reasons_areGroupedWithTheirCounts_mostGivenFirst() {
        Flagged c = new Flagged("a", "teks", "VISIBLE", null, Instant.now(), null, 4, List.of(
                new Flag("Kasar", Instant.now()), new Flag("Spam", Instant.now()), new Flag("Spam ", Instant.now()),
                new Flag("Spam", Instant.now())), 0, null);

        assertThat(ModerationQueue.reasons(c)).containsExactly(java.util.Map.entry("Spam", 3), java.util.Map.entry("Kasar", 1));
        assertThat(ModerationQueue.flagCount(c)).isEqualTo(4);
    }

    @Test
    void hiding_withoutAReason_staysHere_andSendsNothing() {
        FakeClient client = new FakeClient();
        ModerationView view = new ModerationView(client);
        Field field = new Field("r", "Alasan", new TextArea());

        boolean sent = view.hide(client.queue.getFirst(), "  ", field, new Div());

        assertThat(sent).isFalse();
        assertThat(field.error()).contains("moderation.reason.required");
        assertThat(client.hidden).isEmpty();
    }

    @Test
    void hiding_sendsTheNormalisedReason_andTheVersionSeen() {
        FakeClient client = new FakeClient();
        ModerationView view = new ModerationView(client);

        boolean sent = view.hide(client.queue.getFirst(), " Memuat  data pribadi ", new Field("r", "Alasan", new TextArea()), new Div());

        assertThat(sent).isTrue();
        assertThat(client.hidden).containsExactly("a@5:Memuat data pribadi");
        assertThat(view.queue().find("a").orElseThrow().hidden()).isTrue();
    }

    @Test
    void aConflict_reloadsTheQueue_andTellsTheModerator() {
        FakeClient client = new FakeClient();
        ModerationView view = new ModerationView(client);
        client.conflict = true;

        boolean sent = view.hide(client.queue.getFirst(), "Memuat data pribadi", new Field("r", "Alasan", new TextArea()), new Div());

        assertThat(sent).isFalse();
        assertThat(client.loads).as("loaded at open, and again after the conflict").isEqualTo(2);
        assertThat(view.noticeText()).contains("moderation.conflict");

        client.conflict = true;
        assertThat(view.restore(client.queue.getFirst())).isFalse();
        assertThat(client.loads).isEqualTo(3);
    }

    static Flagged comment(String id, int version, String state, int flags) {
        List<Flag> reasons = new ArrayList<>();
        for (int i = 0; i < flags; i++) {
            reasons.add(new Flag("Alasan " + i, Instant.now()));
        }
        return new Flagged(id, "Teks " + id, state, null, Instant.parse("2026-11-20T03:00:00Z"),
                new ModerationClient.Author("Warga"), flags, reasons, version,
                new ModerationClient.Subject("Indicator", "SW5k", "Cakupan imunisasi", null, null, null));
    }

    static ModerationClient.Queue page(int total, boolean more, Flagged... comments) {
        return new ModerationClient.Queue(total, new ModerationClient.PageInfo(more, "c" + comments.length),
                java.util.Arrays.stream(comments).map(ModerationClient.Edge::new).toList());
    }

    /** The API as the page sees it, with a switch for "someone else acted first". */
    static class FakeClient extends ModerationClient {
        final List<Flagged> queue = new ArrayList<>(List.of(comment("a", 5, "VISIBLE", 2), comment("b", 0, "VISIBLE", 1)));
        final List<String> hidden = new ArrayList<>();
        int loads;
        boolean conflict;

        FakeClient() {
            super(null);
        }

        @Override
        public Queue flagged(String after) {
            loads++;
            return page(queue.size(), false, queue.toArray(Flagged[]::new));
        }

        @Override
        public Flagged hide(String id, int version, String reason) {
            refuseIfConflict();
            hidden.add(id + "@" + version + ":" + reason);
            Flagged c = queue.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
            return new Flagged(id, c.body(), "HIDDEN", reason, c.createdAt(), c.author(), c.flagCount(), c.flags(),
                    version + 1, c.subject());
        }

        @Override
        public Flagged restore(String id, int version) {
            refuseIfConflict();
            return null;
        }

        private void refuseIfConflict() {
            if (conflict) {
                conflict = false;
                throw new ApiException("Op", List.of(new ApiError("Diubah orang lain", Classification.CONFLICT, "CONFLICT",
                        null, null)));
            }
        }
    }
}
