package id.selaras.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.selaras.assist.duplicates.DuplicateFinder;
import org.junit.jupiter.api.Test;

/**
 * Pairwise precision and recall of duplicate grouping on the labelled set (assist/duplicates.csv). Floors documented
 * in docs/assist.md: precision ≥ 0.9, recall ≥ 0.8.
 */
class DuplicateEvaluationTest {

    @Test
    void groupsTheLabelledDuplicates() throws IOException {
        List<String> truth = new ArrayList<>();
        List<DuplicateFinder.Text> texts = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DuplicateEvaluationTest.class.getResourceAsStream("/assist/duplicates.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("group;")) {
                    continue;
                }
                String[] f = line.split(";", 2);
                texts.add(new DuplicateFinder.Text(truth.size(), f[1]));
                truth.add(f[0]);
            }
        }
        for (double threshold : new double[] {0.35, 0.4, DuplicateFinder.DEFAULT_THRESHOLD, 0.5, 0.6}) {
            double[] pr = evaluate(new DuplicateFinder(threshold).groups(texts), truth);
            System.out.printf(Locale.ROOT, "DUPLICATES threshold=%.2f texts=%d precision=%.3f recall=%.3f%n", threshold,
                    texts.size(), pr[0], pr[1]);
        }
        double[] pr = evaluate(new DuplicateFinder().groups(texts), truth);
        assertThat(pr[0]).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(pr[1]).as("recall").isGreaterThanOrEqualTo(0.8);
    }

    /** Pairwise precision and recall: a pair is predicted when both texts are in one group. */
    static double[] evaluate(List<DuplicateFinder.Group> groups, List<String> truth) {
        Map<Long, Integer> found = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (long id : groups.get(g).ids()) {
                found.put(id, g);
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < truth.size(); i++) {
            for (int j = i + 1; j < truth.size(); j++) {
                boolean same = truth.get(i).equals(truth.get(j));
                boolean predicted = found.containsKey((long) i) && found.get((long) i).equals(found.get((long) j));
                if (same && predicted) {
                    tp++;
                } else if (predicted) {
                    fp++;
                    System.out.println("  false pair: " + i + " / " + j);
                } else if (same) {
                    fn++;
                }
            }
        }
        return new double[] {tp + fp == 0 ? 1 : tp / (double) (tp + fp), tp + fn == 0 ? 1 : tp / (double) (tp + fn)};
    }
}
