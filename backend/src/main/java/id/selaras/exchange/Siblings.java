package id.selaras.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of items under each parent as the services keep it (positions 1..n), simulated while an import is
 * planned, so that a move or an insertion is planned only where the order really differs from the file's.
 */
final class Siblings {

    static final String ROOT = "ROOT";

    private final Map<String, List<String>> lists = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();

    void append(String parent, String key) {
        lists.computeIfAbsent(parent, k -> new ArrayList<>()).add(key);
        parentOf.put(key, parent);
    }

    String parent(String key) {
        return parentOf.get(key);
    }

    int index(String parent, String key) {
        return lists.getOrDefault(parent, List.of()).indexOf(key);
    }

    /** Whether {@code key} already sits at {@code index} under {@code parent}. */
    boolean at(String key, String parent, int index) {
        return parent.equals(parentOf.get(key)) && index(parent, key) == index;
    }

    /** Moves (or inserts) {@code key} to {@code index} under {@code parent}, as the services' move and create do. */
    void place(String key, String parent, int index) {
        String old = parentOf.get(key);
        if (old != null) {
            lists.get(old).remove(key);
        }
        List<String> list = lists.computeIfAbsent(parent, k -> new ArrayList<>());
        list.add(Math.min(index, list.size()), key);
        parentOf.put(key, parent);
    }
}
