package id.selaras.exchange;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/** Comparing a workbook's values with stored ones the way the services store them (trimmed, NFC, blank as null). */
final class Text {

    private Text() {
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        return t.isEmpty() ? null : t;
    }

    static boolean same(String a, String b) {
        return Objects.equals(norm(a), norm(b));
    }

    static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && Double.compare(a, b) == 0;
    }

    static <T> boolean same(List<T> a, List<T> b) {
        return Objects.equals(a == null ? List.of() : a, b == null ? List.of() : b);
    }
}
