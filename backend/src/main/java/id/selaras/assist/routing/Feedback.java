package id.selaras.assist.routing;

import java.util.HashMap;
import java.util.Map;

/**
 * What officers taught the router: for each stem of a routed aspiration, how often a link to a node (and to an OPD)
 * was confirmed, and how often a suggested node was rejected. Counts, not weights: the router turns them into a
 * bounded boost (docs/assist.md).
 */
public final class Feedback {

    public static final Feedback NONE = new Feedback();

    private final Map<Long, Map<String, Integer>> confirmedByNode = new HashMap<>();
    private final Map<Long, Map<String, Integer>> confirmedByOpd = new HashMap<>();
    private final Map<Long, Map<String, Integer>> rejectedByNode = new HashMap<>();

    public Feedback confirmed(long nodeId, Long opdId, Iterable<String> stems) {
        for (String s : stems) {
            confirmedByNode.computeIfAbsent(nodeId, k -> new HashMap<>()).merge(s, 1, Integer::sum);
            if (opdId != null) {
                confirmedByOpd.computeIfAbsent(opdId, k -> new HashMap<>()).merge(s, 1, Integer::sum);
            }
        }
        return this;
    }

    public Feedback rejected(long nodeId, Iterable<String> stems) {
        for (String s : stems) {
            rejectedByNode.computeIfAbsent(nodeId, k -> new HashMap<>()).merge(s, 1, Integer::sum);
        }
        return this;
    }

    int confirmedNode(long nodeId, String stem) {
        return confirmedByNode.getOrDefault(nodeId, Map.of()).getOrDefault(stem, 0);
    }

    int confirmedOpd(long opdId, String stem) {
        return confirmedByOpd.getOrDefault(opdId, Map.of()).getOrDefault(stem, 0);
    }

    int rejectedNode(long nodeId, String stem) {
        return rejectedByNode.getOrDefault(nodeId, Map.of()).getOrDefault(stem, 0);
    }
}
