package id.selaras.assist.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.selaras.assist.text.IndonesianText;

/**
 * Near-duplicate texts (aspirations, comments that say the same thing), so an officer can answer once. Each text
 * becomes a set of shingles (its stems, after the slang table and the Indonesian stemmer, and its stem pairs); MinHash
 * signatures with LSH banding find candidate pairs without comparing every pair; a candidate is a duplicate when the
 * exact Jaccard similarity of the shingle sets reaches {@code threshold}. Groups are the connected pairs.
 */
public final class DuplicateFinder {

    public static final double DEFAULT_THRESHOLD = 0.4;
    static final int BANDS = 40;
    static final int ROWS = 3;
    private static final int HASHES = BANDS * ROWS;

    private final double threshold;
    private final long[] seeds = new long[HASHES];

    public DuplicateFinder(double threshold) {
        this.threshold = threshold;
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + i);
            seeds[i] = x;
        }
    }

    public DuplicateFinder() {
        this(DEFAULT_THRESHOLD);
    }

    /** A text to compare; {@code id} is the caller's (aspiration or comment id). */
    public record Text(long id, String text) {
    }

    /** A group of two or more texts saying the same thing; {@code similarity} the lowest pair similarity linking it. */
    public record Group(List<Long> ids, double similarity, List<String> sharedWords) {
    }

    /** The groups, largest first; texts without a duplicate are in none. */
    public List<Group> groups(List<Text> texts) {
        int n = texts.size();
        List<Set<String>> shingles = new ArrayList<>(n);
        List<List<String>> words = new ArrayList<>(n);
        for (Text t : texts) {
            List<String> stems = IndonesianText.tokens(t.text()).stream().map(IndonesianText.Token::stem).toList();
            words.add(stems);
            shingles.add(shingles(stems));
        }
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (shingles.get(i).isEmpty()) {
                continue;
            }
            long[] sig = signature(shingles.get(i));
            for (int b = 0; b < BANDS; b++) {
                long h = b;
                for (int r = 0; r < ROWS; r++) {
                    h = mix(h * 31 + sig[b * ROWS + r]);
                }
                buckets.computeIfAbsent(b + ":" + h, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Set<Long> tried = new HashSet<>();
        Map<Integer, Double> weakest = new HashMap<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    int i = bucket.get(a);
                    int j = bucket.get(b);
                    if (!tried.add(((long) Math.min(i, j) << 32) | Math.max(i, j))) {
                        continue;
                    }
                    double sim = jaccard(shingles.get(i), shingles.get(j));
                    if (sim >= threshold) {
                        int ri = find(parent, i);
                        int rj = find(parent, j);
                        double w = Math.min(sim, Math.min(weakest.getOrDefault(ri, 1.0), weakest.getOrDefault(rj, 1.0)));
                        parent[ri] = rj;
                        weakest.put(rj, w);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            List<Integer> m = e.getValue();
            if (m.size() < 2) {
                continue;
            }
            Set<String> shared = new LinkedHashSet<>(words.get(m.get(0)));
            for (int i : m) {
                shared.retainAll(new HashSet<>(words.get(i)));
            }
            groups.add(new Group(m.stream().map(i -> texts.get(i).id()).toList(), weakest.getOrDefault(e.getKey(), 1.0),
                    List.copyOf(shared)));
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.ids().size()).thenComparingLong(g -> g.ids().get(0)));
        return groups;
    }

    /** Exact Jaccard similarity of two texts' shingles (0..1). */
    public static double similarity(String a, String b) {
        return jaccard(shingles(IndonesianText.tokens(a).stream().map(IndonesianText.Token::stem).toList()),
                shingles(IndonesianText.tokens(b).stream().map(IndonesianText.Token::stem).toList()));
    }

    static Set<String> shingles(List<String> stems) {
        Set<String> s = new HashSet<>(stems);
        for (int i = 0; i + 1 < stems.size(); i++) {
            s.add(stems.get(i) + " " + stems.get(i + 1));
        }
        return s;
    }

    long[] signature(Set<String> shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (String s : shingles) {
            long base = mix(s.hashCode() * 0xC2B2AE3D27D4EB4FL + s.length());
            for (int i = 0; i < HASHES; i++) {
                long h = mix(base ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
