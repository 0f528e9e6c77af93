package id.selaras.exchange;

import java.util.List;

/**
 * One change an import makes (or, in a dry run, would make) to one item, found by its code: what kind of item,
 * what happens to it, where in the file it comes from, and which fields differ.
 */
public record ImportChange(Item item, Action action, String code, String sheet, Integer row, List<String> fields) {

    /** The kinds of item an import writes. */
    public enum Item { OPD, NODE, INDICATOR }

    /** What happens: created, updated, moved, deleted, or left in place although missing from the file. */
    public enum Action { CREATE, UPDATE, MOVE, DELETE, KEEP_MISSING }

    public ImportChange {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
