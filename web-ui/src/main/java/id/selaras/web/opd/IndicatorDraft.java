package id.selaras.web.opd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An indicator as the officer edits it: every editable field as text under a stable key ({@code name}, {@code unit},
 * {@code baseline.value}, {@code target.2027}, {@code target.2027.min}, ...), numbers in a canonical form ("92.5").
 * Plain values, so comparing what I loaded, what I typed and what the server now has is a map comparison
 * ({@link IndicatorConflict}), and the inputs of {@code updateIndicator} / {@code setIndicatorTargets} are built here.
 */
public final class IndicatorDraft {

    /** Free-text fields, in the order of the form. */
    public static final List<String> TEXTS = List.of("code", "name", "unit", "definition", "formula", "dataSource",
            "selectionReason", "concept", "classification");
    /** Choice fields (GraphQL enums). */
    public static final List<String> CHOICES = List.of("polarity", "aggregation", "frequency", "type");
    public static final String BASELINE_YEAR = "baseline.year";
    public static final String BASELINE_VALUE = "baseline.value";
    static final String TARGET = "target.";
    static final String END = "endTarget";

    private final String id;
    private final int version;
    private final List<Integer> years;
    private final List<String> opdIds;
    private final Map<String, String> values;

    IndicatorDraft(String id, int version, List<Integer> years, List<String> opdIds, Map<String, String> values) {
        this.id = id;
        this.version = version;
        this.years = List.copyOf(years);
        this.opdIds = List.copyOf(opdIds);
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The server's indicator, for a plan running {@code periodStart}..{@code periodEnd}. */
    public static IndicatorDraft of(OpdClient.Indicator i, int periodStart, int periodEnd) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("code", i.code());
        v.put("name", i.name());
        v.put("unit", i.unit());
        v.put("definition", i.definition());
        v.put("formula", i.formula());
        v.put("dataSource", i.dataSource());
        v.put("selectionReason", i.selectionReason());
        v.put("concept", i.concept());
        v.put("classification", i.classification());
        v.put("polarity", i.polarity());
        v.put("aggregation", i.aggregation());
        v.put("frequency", i.frequency());
        v.put("type", i.type());
        v.put(BASELINE_YEAR, i.baseline() == null ? null : String.valueOf(i.baseline().year()));
        v.put(BASELINE_VALUE, i.baseline() == null ? null : number(i.baseline().value()));
        List<Integer> years = new ArrayList<>();
        for (int y = periodStart; y <= periodEnd && periodEnd - periodStart < 30; y++) {
            years.add(y);
        }
        for (OpdClient.Target t : i.targets() == null ? List.<OpdClient.Target>of() : i.targets()) {
            if (t.year() != null && !years.contains(t.year())) {
                years.add(t.year());
            }
        }
        Collections.sort(years);
        for (int y : years) {
            OpdClient.Target t = i.targets() == null ? null
                    : i.targets().stream().filter(x -> Integer.valueOf(y).equals(x.year())).findFirst().orElse(null);
            v.put(TARGET + y, t == null ? null : number(t.value()));
            v.put(TARGET + y + ".min", t == null ? null : number(t.min()));
            v.put(TARGET + y + ".max", t == null ? null : number(t.max()));
        }
        OpdClient.Target end = i.endTarget();
        v.put(END + ".year", end == null ? null : String.valueOf(end.year()));
        v.put(END, end == null ? null : number(end.value()));
        v.put(END + ".min", end == null ? null : number(end.min()));
        v.put(END + ".max", end == null ? null : number(end.max()));
        List<String> opds = i.responsibleOpds() == null ? List.of()
                : i.responsibleOpds().stream().map(OpdClient.Opd::id).toList();
        return new IndicatorDraft(i.id(), i.version(), years, opds, v);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public List<Integer> years() {
        return years;
    }

    public String get(String key) {
        return values.get(key);
    }

    public Map<String, String> values() {
        return values;
    }

    public boolean range() {
        return "RANGE".equals(values.get("polarity"));
    }

    /** A copy with one value changed (blank text counts as empty). */
    public IndicatorDraft with(String key, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(key, value == null || value.isBlank() ? null : value.strip());
        return new IndicatorDraft(id, version, years, opdIds, v);
    }

    /** A copy with other values on top of these ({@code null} values included), keeping this id and version. */
    public IndicatorDraft withAll(Map<String, String> changes) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.putAll(changes);
        return new IndicatorDraft(id, version, years, opdIds, v);
    }

    /** The same values, to be sent as an edit of another server version. */
    public IndicatorDraft atVersion(int newVersion) {
        return new IndicatorDraft(id, newVersion, years, opdIds, values);
    }

    /** The keys whose values differ from {@code other}'s, in form order. */
    public Set<String> changedFrom(IndicatorDraft other) {
        Set<String> keys = new LinkedHashSet<>(values.keySet());
        keys.addAll(other.values.keySet());
        keys.removeIf(k -> Objects.equals(normal(values.get(k)), normal(other.values.get(k))));
        return keys;
    }

    /** Whether these changes touch only targets (then {@code setIndicatorTargets} is enough). */
    public static boolean onlyTargets(Set<String> changed) {
        return !changed.isEmpty() && changed.stream().allMatch(k -> k.startsWith(TARGET) || k.startsWith(END));
    }

    // ---- local checks ---------------------------------------------------------------------------------------

    /** Problems the page can see before asking the server: message keys by field key. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String required : List.of("name", "unit")) {
            if (values.get(required) == null) {
                problems.put(required, "opd.error.required");
            }
        }
        values.forEach((k, v) -> {
            if (v != null && numeric(k) && parse(v) == null) {
                problems.put(k, "opd.error.number");
            }
        });
        if ((values.get(BASELINE_YEAR) == null) != (values.get(BASELINE_VALUE) == null)) {
            problems.putIfAbsent(values.get(BASELINE_YEAR) == null ? BASELINE_YEAR : BASELINE_VALUE, "opd.error.baseline");
        }
        return problems;
    }

    static boolean numeric(String key) {
        return key.startsWith(TARGET) || key.startsWith(END) || key.startsWith("baseline.");
    }

    // ---- inputs ---------------------------------------------------------------------------------------------

    /** {@code UpdateIndicatorInput}: every editable field, the targets of every year that has one. */
    public Map<String, Object> updateInput() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("id", id);
        in.put("version", version);
        TEXTS.forEach(k -> in.put(k, values.get(k)));
        CHOICES.forEach(k -> in.put(k, values.get(k)));
        in.put("baseline", values.get(BASELINE_YEAR) == null || values.get(BASELINE_VALUE) == null ? null
                : Map.of("year", Integer.valueOf(values.get(BASELINE_YEAR)), "value", parse(values.get(BASELINE_VALUE))));
        in.put("targets", targets(years, true));
        in.put("endTarget", endTarget());
        in.put("responsibleOpdIds", opdIds);
        return in;
    }

    /** {@code SetIndicatorTargetsInput}: the targets of the years whose values changed. */
    public Map<String, Object> targetsInput(Set<String> changed) {
        List<Integer> changedYears = years.stream().filter(y -> changed.stream()
                .anyMatch(k -> k.equals(TARGET + y) || k.startsWith(TARGET + y + "."))).toList();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("id", id);
        in.put("version", version);
        in.put("targets", targets(changedYears, false));
        if (changed.stream().anyMatch(k -> k.startsWith(END))) {
            in.put("endTarget", endTarget());
        }
        return in;
    }

    /** The years sent, in order, for {@link #updateInput()} (error paths name {@code input.targets[i]}). */
    public List<Integer> sentYears(Set<String> changed, boolean update) {
        List<Integer> sent = new ArrayList<>();
        for (int y : years) {
            boolean has = values.get(TARGET + y) != null || values.get(TARGET + y + ".min") != null
                    || values.get(TARGET + y + ".max") != null;
            boolean wanted = update ? has : changed.stream().anyMatch(k -> k.equals(TARGET + y) || k.startsWith(TARGET + y + "."));
            if (wanted) {
                sent.add(y);
            }
        }
        return sent;
    }

    private List<Map<String, Object>> targets(List<Integer> which, boolean update) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int y : which) {
            String value = values.get(TARGET + y);
            String min = values.get(TARGET + y + ".min");
            String max = values.get(TARGET + y + ".max");
            if (update && value == null && min == null && max == null) {
                continue; // a year without a target is left out of the full list
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("year", y);
            t.put("value", parse(value));
            t.put("min", parse(min));
            t.put("max", parse(max));
            list.add(t);
        }
        return list;
    }

    private Map<String, Object> endTarget() {
        String year = values.get(END + ".year");
        if (year == null) {
            return null;
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("year", Integer.valueOf(year));
        t.put("value", parse(values.get(END)));
        t.put("min", parse(values.get(END + ".min")));
        t.put("max", parse(values.get(END + ".max")));
        return t;
    }

    // ---- numbers --------------------------------------------------------------------------------------------

    /** The canonical text of a number: no exponent, no trailing zeros ("92.5", "1250"). */
    public static String number(Double value) {
        if (value == null) {
            return null;
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Reads "92,5" (Indonesian) or "92.5"; null when blank or not a number. */
    public static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(" ", "");
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A canonical number as the person reads it: a decimal comma in Indonesian. */
    public static String display(String canonical, Locale locale) {
        if (canonical == null) {
            return "";
        }
        return "en".equals(locale.getLanguage()) ? canonical : canonical.replace('.', ',');
    }

    /** What the person typed, canonical when it is a number, as typed otherwise (so the check can flag it). */
    public static String canonical(String typed) {
        Double d = parse(typed);
        return d == null ? (typed == null || typed.isBlank() ? null : typed.strip()) : number(d);
    }

    private static String normal(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
