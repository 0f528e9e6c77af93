package id.selaras.assist.groups;

import java.util.List;

/**
 * Opinion groups of a consultation (the Polis method): participants placed on a 2-D map by PCA of their votes,
 * grouped by k-means (k by silhouette), each group with the comments that set it apart, and the comments every group
 * agrees (or disagrees) with.
 *
 * @param explained     the share of the vote variance the two axes show
 * @param silhouette    the mean silhouette of the chosen grouping (−1..1; above 0.5 a clear structure)
 * @param participants  participants with enough votes to be placed
 * @param points        each placed participant, with its group
 */
public record OpinionGroups(int participants, int comments, int votes, double[] explained, int k, double silhouette,
                            List<Group> groups, List<Statement> consensus, List<Point> points) {

    public static final OpinionGroups EMPTY = new OpinionGroups(0, 0, 0, new double[] {0, 0}, 0, 0, List.of(), List.of(), List.of());

    /** A group: its number (0 the largest), size, centre on the map and distinguishing comments (most telling first). */
    public record Group(int id, int size, double x, double y, List<Statement> distinguishing) {
    }

    /**
     * A comment as a group (or all groups) voted on it.
     *
     * @param agree       true when the statement is that the group agrees, false that it disagrees
     * @param share       the group's share of that vote (smoothed), for consensus the lowest share over the groups
     * @param othersShare the same share among everyone else (distinguishing comments only; else NaN)
     */
    public record Statement(long commentId, boolean agree, double share, double othersShare, int votes) {
    }

    public record Point(String participant, double x, double y, int group) {
    }
}
