package id.selaras.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a dry run (or an application) of an import found: every problem (the first {@link #MAX_PROBLEMS} are kept,
 * {@code problemCount} counts all), every change it makes, the column mapping used for a table, and counts.
 */
public record ImportReport(boolean ok, List<ImportProblem> problems, int problemCount, List<ImportChange> changes,
                           TableMapping mapping, int rowsRead, int formulaCells) {

    public static final int MAX_PROBLEMS = 500;

    public ImportReport {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** How many changes of one action concern one kind of item. */
    public record Count(ImportChange.Item item, ImportChange.Action action, int count) {
    }

    /** The counts as a list, kind of item first. */
    public List<Count> countList() {
        List<Count> out = new java.util.ArrayList<>();
        counts().forEach((item, actions) -> actions.forEach((action, n) -> out.add(new Count(item, action, n))));
        return out;
    }

    /** How many changes of each action concern each kind of item. */
    public Map<ImportChange.Item, Map<ImportChange.Action, Integer>> counts() {
        Map<ImportChange.Item, Map<ImportChange.Action, Integer>> m = new EnumMap<>(ImportChange.Item.class);
        for (ImportChange c : changes) {
            m.computeIfAbsent(c.item(), k -> new EnumMap<>(ImportChange.Action.class)).merge(c.action(), 1, Integer::sum);
        }
        return m;
    }

    /** Whether applying changes anything at all. */
    public boolean changesSomething() {
        return changes.stream().anyMatch(c -> c.action() != ImportChange.Action.KEEP_MISSING);
    }
}
