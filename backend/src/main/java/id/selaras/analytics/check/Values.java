package id.selaras.analytics.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;

/** Small readings of targets, labels and names that several checks share. */
final class Values {

    private Values() {
    }

    static Map<Integer, Target> byYear(List<Target> targets) {
        Map<Integer, Target> m = new TreeMap<>();
        targets.forEach(t -> m.put(t.year(), t));
        return m;
    }

    /**
     * The value a target commits to in the indicator's direction: the value itself, or for a range the bound that
     * asks least (the lower bound when higher is better, the upper when lower is better); null for RANGE polarity.
     */
    static Double lenient(Target t, Polarity polarity) {
        if (!t.range()) {
            return t.value();
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> t.min();
            case LOWER_IS_BETTER -> t.max();
            case RANGE -> null;
        };
    }

    /** The lower bound of a target: its value, or the minimum of its range. */
    static double low(Target t) {
        return t.range() ? t.min() : t.value();
    }

    /** The upper bound of a target: its value, or the maximum of its range. */
    static double high(Target t) {
        return t.range() ? t.max() : t.value();
    }

    /** Equal up to rounding in the second decimal. */
    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.005 + 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    static String label(Indicator i) {
        return i.code() == null ? i.name() : i.code() + " " + i.name();
    }

    static String label(CascadeNode n) {
        return n.code() == null ? n.title() : n.code() + " " + n.title();
    }

    /** A name for comparison: no accents, case, punctuation or extra spaces. */
    static String normaliseName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static boolean sameText(String a, String b) {
        return (a == null ? "" : a.strip().replaceAll("\\s+", " ")).equals(b == null ? "" : b.strip().replaceAll("\\s+", " "));
    }
}
