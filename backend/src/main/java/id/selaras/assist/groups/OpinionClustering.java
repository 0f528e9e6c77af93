package id.selaras.assist.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * The Polis computation on a participant × comment vote matrix (agree +1, disagree −1, pass 0):
 * <ol>
 * <li>participants with fewer than {@code minVotes} votes are left out; a missing vote is imputed with the comment's
 * mean vote;</li>
 * <li>PCA to two axes (the two leading eigenvectors of the comment covariance, by orthogonal iteration); a participant's position
 * is stretched by √(comments / own votes), as Polis does, so that people who voted little are not pulled to the
 * centre;</li>
 * <li>k-means++ (Apache Commons Math, best of several seeded runs) for k = 2..5, keeping the k with the highest mean silhouette;</li>
 * <li>per group, the comments whose agree (or disagree) share differs most from everyone else's (smoothed shares,
 * two-proportion z ≥ 1.645); across groups, the comments every group agrees (or disagrees) with at ≥ 60 %.</li>
 * </ol>
 * Deterministic: seeded randomness, stable orders.
 */
public final class OpinionClustering {

    static final int MIN_K = 2;
    static final int MAX_K = 5;
    static final double CONSENSUS_SHARE = 0.6;
    static final double Z_90 = 1.645;

    private final int minVotes;
    private final long seed;

    public OpinionClustering(int minVotes, long seed) {
        this.minVotes = minVotes;
        this.seed = seed;
    }

    public OpinionClustering() {
        this(3, 42);
    }

    public OpinionGroups compute(Collection<Vote> votes) {
        Map<String, Map<Long, Integer>> byParticipant = new LinkedHashMap<>();
        for (Vote v : votes) {
            byParticipant.computeIfAbsent(v.participant(), p -> new HashMap<>()).put(v.commentId(), Integer.signum(v.value()));
        }
        List<String> people = byParticipant.entrySet().stream().filter(e -> e.getValue().size() >= minVotes)
                .map(Map.Entry::getKey).sorted().toList();
        long[] comments = votes.stream().mapToLong(Vote::commentId).distinct().sorted().toArray();
        int n = people.size();
        int m = comments.length;
        if (n < MIN_K * 2 || m < 2) {
            return new OpinionGroups(n, m, votes.size(), new double[] {0, 0}, 0, 0, List.of(), List.of(), List.of());
        }
        Map<Long, Integer> col = new HashMap<>();
        for (int j = 0; j < m; j++) {
            col.put(comments[j], j);
        }
        // votes: 2 = missing
        byte[][] raw = new byte[n][m];
        int[] counted = new int[n];
        double[] sum = new double[m];
        int[] cnt = new int[m];
        int voteCount = 0;
        for (int i = 0; i < n; i++) {
            Arrays.fill(raw[i], (byte) 2);
            for (Map.Entry<Long, Integer> e : byParticipant.get(people.get(i)).entrySet()) {
                int j = col.get(e.getKey());
                raw[i][j] = (byte) (int) e.getValue();
                sum[j] += e.getValue();
                cnt[j]++;
                counted[i]++;
                voteCount++;
            }
        }
        double[] mean = new double[m];
        for (int j = 0; j < m; j++) {
            mean[j] = cnt[j] == 0 ? 0 : sum[j] / cnt[j];
        }
        // centred matrix: missing votes take the comment's mean, so they centre to 0
        double[][] x = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                x[i][j] = raw[i][j] == 2 ? 0 : raw[i][j] - mean[j];
            }
        }
        double[][] cov = new double[m][m];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            for (int a = 0; a < m; a++) {
                double ra = row[a];
                if (ra == 0) {
                    continue;
                }
                double[] c = cov[a];
                for (int b = a; b < m; b++) {
                    c[b] += ra * row[b];
                }
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                cov[a][b] /= Math.max(1, n - 1);
                cov[b][a] = cov[a][b];
            }
        }
        double[][] axes = topTwoAxes(cov, seed);
        double[] pc1 = axes[0];
        double[] pc2 = axes[1];
        orient(pc1);
        orient(pc2);
        double total = 0;
        for (int j = 0; j < m; j++) {
            total += cov[j][j];
        }
        double[] explained = {total == 0 ? 0 : rayleigh(cov, pc1) / total, total == 0 ? 0 : rayleigh(cov, pc2) / total};
        List<Placed> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double px = 0;
            double py = 0;
            for (int j = 0; j < m; j++) {
                px += x[i][j] * pc1[j];
                py += x[i][j] * pc2[j];
            }
            double stretch = Math.sqrt(m / (double) Math.max(1, counted[i]));
            placed.add(new Placed(i, new double[] {px * stretch, py * stretch}));
        }
        // k-means for k = 2..5, keeping the best silhouette
        int[] best = null;
        double bestSilhouette = -2;
        int bestK = 0;
        int maxK = Math.min(MAX_K, n / 2);
        for (int k = MIN_K; k <= maxK; k++) {
            JDKRandomGenerator random = new JDKRandomGenerator();
            random.setSeed(seed + k);
            MultiKMeansPlusPlusClusterer<Placed> clusterer = new MultiKMeansPlusPlusClusterer<>(
                    new KMeansPlusPlusClusterer<>(k, 100, new EuclideanDistance(), random), 5);
            List<CentroidCluster<Placed>> clusters = clusterer.cluster(placed);
            int[] labels = new int[n];
            for (int c = 0; c < clusters.size(); c++) {
                for (Placed p : clusters.get(c).getPoints()) {
                    labels[p.index()] = c;
                }
            }
            double s = silhouette(placed, labels, clusters.size());
            if (s > bestSilhouette + 1e-9) {
                bestSilhouette = s;
                best = labels;
                bestK = clusters.size();
            }
        }
        int[] labels = relabelBySize(best, bestK);
        List<OpinionGroups.Group> groups = new ArrayList<>();
        int[][] agree = new int[bestK][m];
        int[][] disagree = new int[bestK][m];
        int[][] seen = new int[bestK][m];
        int[] sizes = new int[bestK];
        double[][] centre = new double[bestK][2];
        for (int i = 0; i < n; i++) {
            int g = labels[i];
            sizes[g]++;
            centre[g][0] += placed.get(i).point()[0];
            centre[g][1] += placed.get(i).point()[1];
            for (int j = 0; j < m; j++) {
                int v = raw[i][j];
                if (v == 2) {
                    continue;
                }
                seen[g][j]++;
                if (v == 1) {
                    agree[g][j]++;
                } else if (v == -1) {
                    disagree[g][j]++;
                }
            }
        }
        int[] agreeAll = new int[m];
        int[] disagreeAll = new int[m];
        int[] seenAll = new int[m];
        for (int g = 0; g < bestK; g++) {
            for (int j = 0; j < m; j++) {
                agreeAll[j] += agree[g][j];
                disagreeAll[j] += disagree[g][j];
                seenAll[j] += seen[g][j];
            }
        }
        for (int g = 0; g < bestK; g++) {
            List<Scored> telling = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                int in = seen[g][j];
                int out = seenAll[j] - in;
                if (in == 0 || out == 0) {
                    continue;
                }
                for (boolean isAgree : new boolean[] {true, false}) {
                    int hits = isAgree ? agree[g][j] : disagree[g][j];
                    int outHits = (isAgree ? agreeAll[j] : disagreeAll[j]) - hits;
                    double p = (hits + 1.0) / (in + 2.0);
                    double q = (outHits + 1.0) / (out + 2.0);
                    double z = twoProportionZ(hits, in, outHits, out);
                    if (p > 0.5 && p > q && z >= Z_90) {
                        telling.add(new Scored(new OpinionGroups.Statement(comments[j], isAgree, p, q, in), (p / q) * p));
                    }
                }
            }
            telling.sort(Comparator.comparingDouble(Scored::score).reversed()
                    .thenComparingLong(s -> s.statement().commentId()));
            groups.add(new OpinionGroups.Group(g, sizes[g], centre[g][0] / sizes[g], centre[g][1] / sizes[g],
                    telling.stream().limit(5).map(Scored::statement).toList()));
        }
        List<Scored> consensus = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            for (boolean isAgree : new boolean[] {true, false}) {
                double lowest = 1;
                double product = 1;
                for (int g = 0; g < bestK; g++) {
                    int hits = isAgree ? agree[g][j] : disagree[g][j];
                    double p = (hits + 1.0) / (seen[g][j] + 2.0);
                    lowest = Math.min(lowest, p);
                    product *= p;
                }
                if (lowest >= CONSENSUS_SHARE) {
                    consensus.add(new Scored(new OpinionGroups.Statement(comments[j], isAgree, lowest, Double.NaN, seenAll[j]),
                            product));
                }
            }
        }
        consensus.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(s -> s.statement().commentId()));
        List<OpinionGroups.Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new OpinionGroups.Point(people.get(i), placed.get(i).point()[0], placed.get(i).point()[1], labels[i]));
        }
        return new OpinionGroups(n, m, voteCount, explained, bestK, bestSilhouette, groups,
                consensus.stream().limit(10).map(Scored::statement).toList(), points);
    }

    private record Scored(OpinionGroups.Statement statement, double score) {
    }

    record Placed(int index, double[] point) implements Clusterable {
        @Override
        public double[] getPoint() {
            return point;
        }
    }

    /**
     * The two leading eigenvectors of a symmetric matrix by orthogonal (subspace) iteration: with a few hundred
     * comments much faster than a full eigen-decomposition, and as exact as the tolerance (1e-10).
     */
    static double[][] topTwoAxes(double[][] c, long seed) {
        int m = c.length;
        java.util.Random random = new java.util.Random(seed);
        double[][] v = new double[2][m];
        for (int j = 0; j < m; j++) {
            v[0][j] = random.nextGaussian();
            v[1][j] = random.nextGaussian();
        }
        orthonormalise(v);
        for (int iter = 0; iter < 500; iter++) {
            double[][] w = {multiply(c, v[0]), multiply(c, v[1])};
            orthonormalise(w);
            double change = 0;
            for (int a = 0; a < 2; a++) {
                double dot = 0;
                for (int j = 0; j < m; j++) {
                    dot += w[a][j] * v[a][j];
                }
                change = Math.max(change, 1 - Math.abs(dot));
            }
            v = w;
            if (change < 1e-10) {
                break;
            }
        }
        // order by eigenvalue
        if (rayleigh(c, v[1]) > rayleigh(c, v[0])) {
            return new double[][] {v[1], v[0]};
        }
        return v;
    }

    private static double[] multiply(double[][] c, double[] x) {
        int m = x.length;
        double[] y = new double[m];
        for (int a = 0; a < m; a++) {
            double s = 0;
            double[] row = c[a];
            for (int b = 0; b < m; b++) {
                s += row[b] * x[b];
            }
            y[a] = s;
        }
        return y;
    }

    private static void orthonormalise(double[][] v) {
        normalise(v[0]);
        double dot = 0;
        for (int j = 0; j < v[0].length; j++) {
            dot += v[0][j] * v[1][j];
        }
        for (int j = 0; j < v[0].length; j++) {
            v[1][j] -= dot * v[0][j];
        }
        normalise(v[1]);
    }

    private static void normalise(double[] x) {
        double norm = 0;
        for (double d : x) {
            norm += d * d;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int j = 0; j < x.length; j++) {
                x[j] /= norm;
            }
        }
    }

    private static double rayleigh(double[][] c, double[] v) {
        double[] cv = multiply(c, v);
        double s = 0;
        for (int j = 0; j < v.length; j++) {
            s += v[j] * cv[j];
        }
        return Math.max(0, s);
    }

    /** An eigenvector's sign is arbitrary: make its largest component positive, so the map does not flip. */
    private static void orient(double[] v) {
        int arg = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[arg])) {
                arg = j;
            }
        }
        if (v[arg] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
    }

    /** Mean silhouette over all points (exact; O(n²) on 2-D points). */
    static double silhouette(List<Placed> points, int[] labels, int k) {
        int n = points.size();
        double total = 0;
        double[] sums = new double[k];
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, 0);
            double[] a = points.get(i).point();
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double[] b = points.get(j).point();
                    double dx = a[0] - b[0];
                    double dy = a[1] - b[1];
                    sums[labels[j]] += Math.sqrt(dx * dx + dy * dy);
                }
            }
            int own = labels[i];
            if (sizes[own] <= 1) {
                continue;
            }
            double in = sums[own] / (sizes[own] - 1);
            double out = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    out = Math.min(out, sums[c] / sizes[c]);
                }
            }
            double max = Math.max(in, out);
            total += max == 0 ? 0 : (out - in) / max;
        }
        return total / n;
    }

    private static int[] relabelBySize(int[] labels, int k) {
        int[] sizes = new int[k];
        for (int l : labels) {
            sizes[l]++;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        int[] firstSeen = new int[k];
        Arrays.fill(firstSeen, Integer.MAX_VALUE);
        for (int i = labels.length - 1; i >= 0; i--) {
            firstSeen[labels[i]] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -sizes[c]).thenComparingInt(c -> firstSeen[c]));
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = rank[labels[i]];
        }
        return out;
    }

    private static double twoProportionZ(int x1, int n1, int x2, int n2) {
        double p1 = (x1 + 1.0) / (n1 + 2.0);
        double p2 = (x2 + 1.0) / (n2 + 2.0);
        double p = (x1 + x2 + 1.0) / (n1 + n2 + 2.0);
        double se = Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
        return se == 0 ? 0 : (p1 - p2) / se;
    }
}
