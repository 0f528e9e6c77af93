package id.selaras.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import id.selaras.assist.groups.OpinionClustering;
import id.selaras.assist.groups.OpinionGroups;
import id.selaras.assist.groups.Vote;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Opinion groups recover planted groups (adjusted Rand index ≥ 0.9) and find the planted consensus comments. */
class OpinionClusteringTest {

    /** Synthetic votes: {@code groups} camps with opposite views on most comments, agreeing on the first {@code consensus}. */
    record Planted(List<Vote> votes, Map<String, Integer> truth, Set<Long> consensus) {
    }

    static Planted planted(int participants, int comments, int groups, int consensus, double skip, long seed) {
        Random random = new Random(seed);
        int[][] stance = new int[groups][comments];
        for (int g = 0; g < groups; g++) {
            for (int c = 0; c < comments; c++) {
                // the planted consensus comments, then comments on which at least two camps take opposite sides
                stance[g][c] = c < consensus ? 1 : g == 1 ? -stance[0][c] : random.nextBoolean() ? 1 : -1;
            }
        }
        List<Vote> votes = new ArrayList<>();
        Map<String, Integer> truth = new HashMap<>();
        for (int p = 0; p < participants; p++) {
            int g = p % groups;
            String who = "p" + p;
            truth.put(who, g);
            for (int c = 0; c < comments; c++) {
                if (random.nextDouble() < skip) {
                    continue;
                }
                double r = random.nextDouble();
                int v = r < 0.8 ? stance[g][c] : r < 0.9 ? 0 : -stance[g][c];
                votes.add(new Vote(who, 1000 + c, v));
            }
        }
        Set<Long> agreed = new HashSet<>();
        for (int c = 0; c < consensus; c++) {
            agreed.add(1000L + c);
        }
        return new Planted(votes, truth, agreed);
    }

    @Test
    void recoversPlantedGroupsAndConsensus() {
        Planted planted = planted(300, 40, 3, 4, 0.3, 7);
        OpinionGroups result = new OpinionClustering().compute(planted.votes());
        assertThat(result.k()).isEqualTo(3);
        double ari = adjustedRand(planted.truth(), result.points());
        System.out.printf(Locale.ROOT, "OPINION GROUPS k=%d silhouette=%.3f ARI=%.3f explained=%.2f/%.2f%n", result.k(),
                result.silhouette(), ari, result.explained()[0], result.explained()[1]);
        assertThat(ari).isGreaterThanOrEqualTo(0.9);
        assertThat(result.consensus()).extracting(OpinionGroups.Statement::commentId)
                .containsAll(planted.consensus());
        assertThat(result.consensus()).allSatisfy(s -> assertThat(s.agree()).isTrue());
        assertThat(result.groups()).allSatisfy(g -> assertThat(g.distinguishing()).isNotEmpty()
                .allSatisfy(s -> assertThat(planted.consensus()).doesNotContain(s.commentId())));
    }

    @Test
    void twoCampsOfDifferentSizes() {
        Planted planted = planted(200, 30, 2, 3, 0.5, 11);
        // make camp 1 small: drop two thirds of its participants
        List<Vote> votes = planted.votes().stream().filter(v -> planted.truth().get(v.participant()) == 0
                || Integer.parseInt(v.participant().substring(1)) % 3 == 0).toList();
        OpinionGroups result = new OpinionClustering().compute(votes);
        assertThat(result.k()).isEqualTo(2);
        assertThat(adjustedRand(planted.truth(), result.points())).isGreaterThanOrEqualTo(0.9);
        assertThat(result.groups().get(0).size()).isGreaterThan(result.groups().get(1).size());
    }

    @Test
    void tooFewParticipantsGiveNoGroups() {
        OpinionGroups result = new OpinionClustering().compute(List.of(new Vote("a", 1, 1), new Vote("a", 2, -1)));
        assertThat(result.groups()).isEmpty();
        assertThat(result.k()).isZero();
    }

    @Test
    @Tag("benchmark")
    void clusters2000ParticipantsBy300CommentsInAFewSeconds() {
        Planted planted = planted(2000, 300, 4, 10, 0.6, 3);
        OpinionClustering clustering = new OpinionClustering();
        clustering.compute(planted.votes()); // warm-up
        long start = System.nanoTime();
        OpinionGroups result = clustering.compute(planted.votes());
        double seconds = (System.nanoTime() - start) / 1e9;
        double ari = adjustedRand(planted.truth(), result.points());
        System.out.printf(Locale.ROOT, "OPINION BENCHMARK 2000x300 votes=%d k=%d ARI=%.3f time=%.2fs%n", result.votes(),
                result.k(), ari, seconds);
        assertThat(seconds).isLessThan(5.0);
        assertThat(ari).isGreaterThanOrEqualTo(0.9);
    }

    /** Adjusted Rand index (Hubert and Arabie) of the found groups against the planted ones. */
    static double adjustedRand(Map<String, Integer> truth, List<OpinionGroups.Point> found) {
        Map<Long, Integer> table = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> cols = new HashMap<>();
        for (OpinionGroups.Point p : found) {
            int t = truth.get(p.participant());
            table.merge(((long) t << 32) | p.group(), 1, Integer::sum);
            rows.merge(t, 1, Integer::sum);
            cols.merge(p.group(), 1, Integer::sum);
        }
        double index = table.values().stream().mapToDouble(OpinionClusteringTest::pairs).sum();
        double a = rows.values().stream().mapToDouble(OpinionClusteringTest::pairs).sum();
        double b = cols.values().stream().mapToDouble(OpinionClusteringTest::pairs).sum();
        double expected = a * b / pairs(found.size());
        double max = (a + b) / 2;
        return (index - expected) / (max - expected);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}
