package id.selaras.web.opd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Someone saved the indicator while I was editing it (the API answered CONFLICT). Three versions meet: the one I
 * started from ({@code base}), mine, and the server's now ({@code theirs}). For every field I changed the officer sees
 * theirs beside mine, and chooses: keep theirs (my edit is dropped), or apply mine on top of theirs — their other
 * changes stay, my changed fields win, and the result is sent as an edit of their version number.
 */
public final class IndicatorConflict {

    /**
     * One field I changed.
     *
     * @param key    the draft key ({@code name}, {@code target.2027}, ...)
     * @param base   its value when I started
     * @param theirs its value on the server now
     * @param mine   what I typed
     */
    public record Difference(String key, String base, String theirs, String mine) {
        /** True when the other person changed this field too (to something else than mine): a real clash. */
        public boolean clash() {
            return !Objects.equals(base, theirs) && !Objects.equals(theirs, mine);
        }
    }

    private final IndicatorDraft base;
    private final IndicatorDraft mine;
    private final IndicatorDraft theirs;

    private IndicatorConflict(IndicatorDraft base, IndicatorDraft mine, IndicatorDraft theirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
    }

    public static IndicatorConflict of(IndicatorDraft base, IndicatorDraft mine, IndicatorDraft theirs) {
        return new IndicatorConflict(base, mine, theirs);
    }

    /** My changes, in form order, each beside the server's current value. */
    public List<Difference> differences() {
        return mine.changedFrom(base).stream()
                .map(k -> new Difference(k, base.get(k), theirs.get(k), mine.get(k))).toList();
    }

    /** Fields only they changed: they stay as they are whatever I choose. */
    public Set<String> theirChanges() {
        Set<String> changed = new java.util.LinkedHashSet<>(theirs.changedFrom(base));
        changed.removeAll(mine.changedFrom(base));
        return changed;
    }

    /** True when my changes already equal what is on the server (nothing left to send). */
    public boolean alreadyApplied() {
        return differences().stream().allMatch(d -> Objects.equals(d.theirs(), d.mine()));
    }

    /** The server's version now: what the form shows after "keep theirs". */
    public IndicatorDraft keepTheirs() {
        return theirs;
    }

    /** Theirs with my changed fields on top, at their version number: what "apply mine" sends. */
    public IndicatorDraft applyMine() {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String key : mine.changedFrom(base)) {
            changes.put(key, mine.get(key));
        }
        return theirs.withAll(changes).atVersion(theirs.version());
    }

    /** The version my edit must now be compared against (for the next save). */
    public IndicatorDraft newBase() {
        return theirs;
    }
}
