package id.selaras.web.comment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a thread, as the backend keeps it: official responses (tanggapan resmi) first, then the rest oldest
 * first. A live event places its comment without re-reading the thread.
 */
public final class ThreadOrder {

    private static final Comparator<CommentData> ORDER = Comparator
            .comparing((CommentData c) -> !c.isOfficial())
            .thenComparing(CommentData::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private ThreadOrder() {
    }

    /** The comments sorted: official first, then by time (stable for equal times). */
    public static List<CommentData> sorted(List<CommentData> comments) {
        List<CommentData> copy = new ArrayList<>(comments);
        copy.sort(ORDER);
        return copy;
    }

    /** Where a new comment goes among siblings already in thread order. */
    public static int insertionIndex(List<CommentData> siblings, CommentData added) {
        int i = 0;
        while (i < siblings.size() && ORDER.compare(siblings.get(i), added) <= 0) {
            i++;
        }
        return i;
    }
}
