package id.selaras.web.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.selaras.web.moderation.ModerationClient.Flag;
import id.selaras.web.moderation.ModerationClient.Flagged;

/**
 * What the moderator sees, kept in the page: the flagged comments in the API's order (most flagged first). A hidden
 * comment stays in place, with its new version, so the moderator can undo (restore) until they reload; a restored one
 * leaves the queue, since restoring clears its flags.
 */
public final class ModerationQueue {

    private final List<Flagged> items = new ArrayList<>();
    private int total;
    private String cursor;
    private boolean more;

    /** Starts again from a fresh first page (after a reload, or a conflict). */
    public void reset(ModerationClient.Queue page) {
        items.clear();
        cursor = null;
        total = 0;
        append(page);
    }

    /** Adds the next page, skipping comments already listed (the queue may have moved between pages). */
    public void append(ModerationClient.Queue page) {
        for (Flagged c : page.comments()) {
            if (find(c.id()).isEmpty()) {
                items.add(c);
            }
        }
        total = Math.max(page.totalCount(), items.size());
        more = page.pageInfo() != null && page.pageInfo().hasNextPage();
        cursor = page.pageInfo() == null ? null : page.pageInfo().endCursor();
    }

    public List<Flagged> items() {
        return List.copyOf(items);
    }

    /** Comments still waiting for a decision (not hidden in this session). */
    public int waiting() {
        return (int) items.stream().filter(c -> !c.hidden()).count() + Math.max(0, total - items.size());
    }

    public boolean hasMore() {
        return more;
    }

    public String cursor() {
        return cursor;
    }

    public Optional<Flagged> find(String id) {
        return items.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Replaces the comment with the API's answer after hiding it (state HIDDEN, new version). */
    public void hidden(Flagged after) {
        items.replaceAll(c -> c.id().equals(after.id()) ? keepFlags(c, after) : c);
    }

    /** Removes the comment after it was restored: its flags are cleared, so it is no longer waiting. */
    public void restored(String id) {
        if (items.removeIf(c -> c.id().equals(id))) {
            total = Math.max(0, total - 1);
        }
    }

    /** The reasons given, each once, with how many gave it, most given first (then the newest). */
    public static Map<String, Integer> reasons(Flagged comment) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Flag> flags = comment.flags() == null ? List.of() : comment.flags();
        for (Flag f : flags) {
            counts.merge(f.reason().strip(), 1, Integer::sum);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The number of flags: the API's count, or the reasons listed when it gave none. */
    public static int flagCount(Flagged comment) {
        return comment.flagCount() != null ? comment.flagCount() : comment.flags() == null ? 0 : comment.flags().size();
    }

    /** Hiding keeps the flags on the server; the answer lists them too, but the earlier ones are kept if not. */
    private static Flagged keepFlags(Flagged before, Flagged after) {
        boolean none = after.flags() == null || after.flags().isEmpty();
        return none ? new Flagged(after.id(), after.body(), after.state(), after.hiddenReason(), after.createdAt(),
                after.author(), before.flagCount(), before.flags(), after.version(), after.subject()) : after;
    }
}
