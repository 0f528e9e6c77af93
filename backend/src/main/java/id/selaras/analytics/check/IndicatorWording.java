package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Units;
import id.selaras.indicator.Indicator;

/**
 * An indicator whose name is not a measure (LKE: indicators meet SMART; DOMAIN.md §3.1, §4.3): it names an activity
 * ("Terlaksananya kegiatan …", "Pelaksanaan …", "Penyelenggaraan …") or a desired condition ("Meningkatnya …")
 * instead of a measurable result; it joins two measures in one ("Jumlah … dan persentase …", "Jumlah/persentase …");
 * or it has no unit and its name names no measure either. Each finding quotes the words that gave it away.
 */
final class IndicatorWording implements Check {

    /** Words that open the name of an activity, not of a result. */
    static final Set<String> ACTIVITY = Set.of("terlaksananya", "terlaksana", "dilaksanakannya", "pelaksanaan",
            "penyelenggaraan", "terselenggaranya", "kegiatan", "fasilitasi", "pembinaan", "pengadaan", "pembangunan",
            "penyusunan", "pemeliharaan", "sosialisasi", "koordinasi");
    /** Words that open the statement of a desired condition (how a sasaran is worded), not a measure. */
    static final Set<String> CONDITION = Set.of("meningkatnya", "menurunnya", "terwujudnya", "tersedianya",
            "terpenuhinya", "berkurangnya", "tercapainya", "terciptanya", "optimalnya");
    /** Words that open a measure. */
    static final String MEASURES = "jumlah|persentase|prosentase|proporsi|rasio|angka|indeks|tingkat|luas|panjang|"
            + "nilai|cakupan|rata-rata|prevalensi|laju|skor|level|volume|waktu|banyaknya|capaian|realisasi";
    private static final Pattern SECOND_MEASURE = Pattern.compile(
            "(?iu)(?:\\s+dan\\s+|\\s*/\\s*)(" + MEASURES + ")\\b");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([\\p{L}-]+)");
    private static final Pattern ANY_MEASURE = Pattern.compile("(?iu)\\b(" + MEASURES + ")\\b");

    /** Why a name is worded wrongly: the variant of the finding and the words that show it; null when it is fine. */
    record Verdict(String variant, String words) {
    }

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            Verdict v = examine(i.name(), i.unit());
            if (v != null) {
                findings.add(Finding.of(Rule.INDICATOR_WORDING, Severity.WARNING, i, v.variant(), Values.label(i), v.words()));
            }
        }
        return findings;
    }

    static Verdict examine(String name, String unit) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Matcher first = FIRST_WORD.matcher(name);
        String word = first.find() ? first.group(1).toLowerCase(Locale.ROOT) : "";
        if (ACTIVITY.contains(word)) {
            return new Verdict("activity", first.group(1));
        }
        if (CONDITION.contains(word)) {
            return new Verdict("condition", first.group(1));
        }
        boolean opensWithMeasure = word.matches(MEASURES);
        Matcher second = SECOND_MEASURE.matcher(name);
        if (opensWithMeasure && second.find()) {
            return new Verdict("twoMeasures", first.group(1) + " … " + second.group().strip());
        }
        if (Units.missing(unit) && !ANY_MEASURE.matcher(name).find()) {
            return new Verdict("noUnit", name.length() > 60 ? name.substring(0, 60) + "…" : name);
        }
        return null;
    }
}
