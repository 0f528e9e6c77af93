package id.selaras.exchange;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.selaras.cascade.CascadeKind;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Polarity;

/**
 * The words the workbook uses for the domain's enumerations: what the export writes (Bahasa Indonesia) and what an
 * import accepts (that word, common synonyms, or the API's own name), compared without case, spaces or punctuation.
 */
final class Labels<E extends Enum<E>> {

    static final Labels<CascadeKind> KIND = new Labels<>(CascadeKind.class, Map.of(
            CascadeKind.VISI, List.of("Visi"), CascadeKind.MISI, List.of("Misi"), CascadeKind.TUJUAN, List.of("Tujuan"),
            CascadeKind.SASARAN, List.of("Sasaran"), CascadeKind.PROGRAM, List.of("Program"),
            CascadeKind.KEGIATAN, List.of("Kegiatan"), CascadeKind.SUB_KEGIATAN, List.of("Sub Kegiatan")));
    static final Labels<Frequency> FREQUENCY = new Labels<>(Frequency.class, Map.of(
            Frequency.ANNUAL, List.of("Tahunan"), Frequency.SEMIANNUAL, List.of("Semesteran", "Per semester"),
            Frequency.QUARTERLY, List.of("Triwulanan", "Per triwulan"), Frequency.MONTHLY, List.of("Bulanan")));
    static final Labels<Polarity> POLARITY = new Labels<>(Polarity.class, Map.of(
            Polarity.HIGHER_IS_BETTER, List.of("Semakin tinggi semakin baik", "Positif", "Maksimal"),
            Polarity.LOWER_IS_BETTER, List.of("Semakin rendah semakin baik", "Negatif", "Minimal"),
            Polarity.RANGE, List.of("Rentang", "Stabil")));
    static final Labels<Aggregation> AGGREGATION = new Labels<>(Aggregation.class, Map.of(
            Aggregation.CUMULATIVE, List.of("Kumulatif", "Komulatif"),
            Aggregation.LATEST, List.of("Nilai terakhir", "Non kumulatif", "Non komulatif"),
            Aggregation.AVERAGE, List.of("Rata-rata")));
    static final Labels<IndicatorType> TYPE = new Labels<>(IndicatorType.class, Map.of(
            IndicatorType.IKU, List.of("IKU"), IndicatorType.IKD, List.of("IKD"), IndicatorType.IKK, List.of("IKK"),
            IndicatorType.OUTCOME, List.of("Outcome", "Hasil"), IndicatorType.OUTPUT, List.of("Output", "Keluaran")));

    private final Map<E, List<String>> words;
    private final Map<String, E> lookup = new LinkedHashMap<>();

    private Labels(Class<E> type, Map<E, List<String>> words) {
        this.words = words;
        for (E e : type.getEnumConstants()) {
            lookup.put(key(e.name()), e);
            words.getOrDefault(e, List.of()).forEach(w -> lookup.put(key(w), e));
        }
    }

    /** The word the export writes. */
    String label(E value) {
        return value == null ? null : words.get(value).getFirst();
    }

    /** The value a word names, or null. */
    E parse(String word) {
        return word == null ? null : lookup.get(key(word));
    }

    /** The words an import accepts, for messages and drop-down lists. */
    List<String> choices() {
        return words.values().stream().map(List::getFirst).toList();
    }

    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
