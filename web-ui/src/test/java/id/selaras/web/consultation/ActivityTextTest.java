package id.selaras.web.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The live activity of a consultation in words: new comments, official responses, meeting records. */
class ActivityTextTest {

    static String describe(ConsultationData.Event e) {
        return ActivityText.describe(e, key -> key, (key, arg) -> key + "(" + arg + ")");
    }

    static ConsultationData.Event comment(boolean official, String action) {
        return new ConsultationData.Event("7", "Comment", action, false, new ConsultationData.CommentRef("c", "teks",
                "VISIBLE", official, new ConsultationData.Author("Siti"), null), null, null);
    }

    @Test
    void newCommentsAndOfficialResponses_nameTheirAuthor() {
        assertThat(describe(comment(false, "CREATED"))).isEqualTo("consultation.activity.comment(Siti)");
        assertThat(describe(comment(true, "CREATED"))).isEqualTo("consultation.activity.official(Siti)");
        assertThat(describe(comment(false, "UPDATED"))).isNull();
    }

    @Test
    void meetings_andResyncMarkers() {
        ConsultationData.Meeting m = new ConsultationData.Meeting("m", LocalDate.of(2026, 11, 20), "Aula Bappeda", 40,
                null, null, List.of());
        assertThat(describe(new ConsultationData.Event("8", "Meeting", "CREATED", false, null, m, null)))
                .isEqualTo("consultation.activity.meeting(Aula Bappeda)");
        assertThat(describe(new ConsultationData.Event("9", null, null, true, null, null, null))).isNull();
    }
}
