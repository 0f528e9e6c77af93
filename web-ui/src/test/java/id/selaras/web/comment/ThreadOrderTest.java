package id.selaras.web.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Official responses first, then oldest first — on load and when a live event brings a comment. */
class ThreadOrderTest {

    static CommentData comment(String id, boolean official, int minute) {
        return comment(id, null, official, minute);
    }

    static CommentData comment(String id, String parent, boolean official, int minute) {
        return new CommentData(id, "teks " + id, null, "VISIBLE", null,
                OffsetDateTime.parse("2026-11-23T08:00:00Z").plusMinutes(minute), null, new CommentData.Author("Warga " + id),
                false, official, null, null, 0, 0, null, 0, 1, parent == null ? null : new CommentData.Parent(parent), null);
    }

    @Test
    void sorted_putsOfficialResponsesFirst_thenOldestFirst() {
        List<CommentData> sorted = ThreadOrder.sorted(List.of(comment("a", false, 1), comment("b", true, 5),
                comment("c", false, 0), comment("d", true, 2)));

        assertThat(sorted).extracting(CommentData::id).containsExactly("d", "b", "c", "a");
    }

    @Test
    void anOfficialResponseArrivingLive_goesAfterTheOtherOfficialOnes_beforeCitizens() {
        List<CommentData> shown = List.of(comment("o1", true, 1), comment("c1", false, 0), comment("c2", false, 3));

        assertThat(ThreadOrder.insertionIndex(shown, comment("o2", true, 9))).isEqualTo(1);
        assertThat(ThreadOrder.insertionIndex(shown, comment("c3", false, 9))).isEqualTo(3);
        assertThat(ThreadOrder.insertionIndex(List.of(), comment("x", false, 9))).isZero();
    }
}
