package id.selaras.analytics;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Satuan compared the way a reader would: case, spacing, a final full stop and obvious synonyms do not matter
 * ("%", "persen", "Persen", "percent" are one unit; so are "orang" and "jiwa", "Ha" and "hektar").
 */
public final class Units {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("persen", "%"), Map.entry("percent", "%"), Map.entry("prosen", "%"), Map.entry("persentase", "%"),
            Map.entry("index", "indeks"),
            Map.entry("rupiah", "rp"),
            Map.entry("juta rupiah", "juta rp"), Map.entry("rp juta", "juta rp"),
            Map.entry("miliar rupiah", "miliar rp"), Map.entry("milyar rupiah", "miliar rp"), Map.entry("rp miliar", "miliar rp"),
            Map.entry("milyar rp", "miliar rp"),
            Map.entry("jiwa", "orang"),
            Map.entry("thn", "tahun"),
            Map.entry("hektar", "ha"), Map.entry("hektare", "ha"),
            Map.entry("kilometer", "km"));

    private Units() {
    }

    public static String normalise(String unit) {
        if (unit == null) {
            return "";
        }
        String u = Normalizer.normalize(unit, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ").replaceAll("\\.$", "");
        return SYNONYMS.getOrDefault(u, u);
    }

    public static boolean compatible(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /** Blank, "-" and "n/a" name no unit. */
    public static boolean missing(String unit) {
        String u = normalise(unit);
        return u.isEmpty() || u.equals("-") || u.equals("n/a");
    }
}
