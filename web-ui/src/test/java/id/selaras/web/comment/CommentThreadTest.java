package id.selaras.web.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

/**
 * The thread as the browser gets it: the contract's hooks, official responses first in every level, and comments
 * brought by live events placed where a reload would put them.
 */
class CommentThreadTest {

    static CommentData.Connection replies(CommentData... comments) {
        return new CommentData.Connection(java.util.Arrays.stream(comments).map(CommentData.Edge::new).toList(),
                comments.length);
    }

    static CommentData withReplies(CommentData c, CommentData... r) {
        return c.withReplies(replies(r));
    }

    static final class Reading extends CommentClient {
        final List<CommentData> thread;

        Reading(List<CommentData> thread) {
            super(null);
            this.thread = thread;
        }

        @Override
        public List<CommentData> thread(String subjectId) {
            return thread;
        }
    }

    static CommentThread thread(boolean signedIn, CommentData... top) {
        return new CommentThread(ThreadSettings.plain("SW5kaWNhdG9yOjE", signedIn), new Reading(List.of(top)), null, null);
    }

    static Component comments(CommentThread thread) {
        return CommentFormTest.descendants(thread).filter(c -> c.getId().filter("comments"::equals).isPresent())
                .findFirst().orElseThrow();
    }

    /** The ids of the comments directly in a container, in the order shown. */
    static List<String> ids(Component container) {
        return container.getChildren().map(c -> c.getElement().getAttribute("data-comment-id")).toList();
    }

    static Component item(CommentThread thread, String id) {
        return CommentFormTest.descendants(thread).filter(c -> id.equals(c.getElement().getAttribute("data-comment-id")))
                .findFirst().orElseThrow();
    }

    static Component repliesOf(CommentThread thread, String id) {
        return ((CommentItem) item(thread, id)).replies();
    }

    @Test
    void officialResponsesComeFirst_atEveryLevel_withTheContractsHooks() {
        CommentData c1 = withReplies(ThreadOrderTest.comment("c1", false, 0),
                ThreadOrderTest.comment("r1", "c1", false, 1), ThreadOrderTest.comment("r2", "c1", true, 2));
        CommentThread thread = thread(true, ThreadOrderTest.comment("o1", true, 5), c1);

        assertThat(ids(comments(thread))).containsExactly("o1", "c1");
        assertThat(ids(repliesOf(thread, "c1"))).containsExactly("r2", "r1");
        assertThat(item(thread, "r2").getElement().getClassList()).contains("comment", "official");
        assertThat(item(thread, "r1").getElement().getClassList()).contains("comment").doesNotContain("official");
        assertThat(CommentFormTest.descendants(item(thread, "r1")).flatMap(c -> c.getElement().getClassList().stream()))
                .contains("react-agree", "react-disagree", "reply-button");
    }

    @Test
    void liveEvents_placeCommentsWhereAReloadWould() {
        CommentThread thread = thread(true, ThreadOrderTest.comment("o1", true, 0), ThreadOrderTest.comment("c1", false, 1));

        thread.event(new CommentClient.Event("1", "ADDED", ThreadOrderTest.comment("c2", false, 9), false));
        thread.event(new CommentClient.Event("2", "ADDED", ThreadOrderTest.comment("o2", true, 10), false));
        thread.event(new CommentClient.Event("3", "ADDED", ThreadOrderTest.comment("r1", "c1", false, 11), false));
        thread.event(new CommentClient.Event("4", "ADDED", ThreadOrderTest.comment("r2", "c1", true, 12), false));

        assertThat(ids(comments(thread))).containsExactly("o1", "o2", "c1", "c2");
        assertThat(ids(repliesOf(thread, "c1"))).containsExactly("r2", "r1");
    }

    @Test
    void aCommentAlreadyShown_isUpdatedInPlace_keepingItsReplies() {
        CommentThread thread = thread(true, withReplies(ThreadOrderTest.comment("c1", false, 0),
                ThreadOrderTest.comment("r1", "c1", false, 1)));
        CommentData reacted = new CommentData("c1", "teks c1", null, "VISIBLE", null, null, null,
                new CommentData.Author("Warga c1"), false, false, null, null, 3, 1, null, 1, 2, null, null);

        thread.event(new CommentClient.Event("5", "REACTED", reacted, false));
        thread.event(new CommentClient.Event("6", "ADDED", ThreadOrderTest.comment("c1", false, 0), false));

        assertThat(ids(comments(thread))).containsExactly("c1");
        assertThat(ids(repliesOf(thread, "c1"))).containsExactly("r1");
    }

    @Test
    void anonymousVisitors_getTheSignInLink_andNoForm() {
        CommentThread thread = thread(false, ThreadOrderTest.comment("c1", false, 0));

        assertThat(CommentFormTest.descendants(thread).map(c -> c.getId().orElse("")))
                .contains("comment-sign-in", "comments", "live-status").doesNotContain("comment-body", "comment-submit");
        assertThat(CommentFormTest.descendants(item(thread, "c1")).flatMap(c -> c.getElement().getClassList().stream()))
                .doesNotContain("reply-button");
    }
}
