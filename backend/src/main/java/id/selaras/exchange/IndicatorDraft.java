package id.selaras.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.selaras.exchange.ParsedWorkbook.IndicatorRow;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput;
import id.selaras.indicator.IndicatorInput.BaselineInput;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.Target;

/**
 * An indicator as the import will submit it: the row's values where the sheet has the column, the stored values
 * where it has not (and the table's defaults for a new indicator), and the fields that differ from what is stored.
 */
record IndicatorDraft(IndicatorInput input, List<Integer> targetYears) {

    static IndicatorDraft of(IndicatorRow row, Layout layout, Indicator existing, List<Target> stored, TableMapping mapping) {
        boolean keep = existing != null;
        String code = row.code() != null ? row.code() : keep ? existing.code() : null;
        Map<Integer, TargetInput> targets = new TreeMap<>();
        if (keep) {
            stored.stream().filter(t -> !layout.years().contains(t.year()))
                    .forEach(t -> targets.put(t.year(), new TargetInput(t.year(), t.value(), t.min(), t.max())));
        }
        targets.putAll(row.targets());
        BaselineInput baseline = has(layout, "baselineYear", "baselineValue")
                ? (row.baselineYear() == null && row.baselineValue() == null ? null : new BaselineInput(row.baselineYear(), row.baselineValue()))
                : keep && existing.baseline() != null ? new BaselineInput(existing.baseline().year(), existing.baseline().value()) : null;
        TargetInput end = layout.has("endTarget") ? row.endTarget()
                : keep && existing.endTarget() != null ? input(existing.endTarget()) : null;
        IndicatorInput in = new IndicatorInput(code,
                pick(layout, "name", row.name(), keep ? existing.name() : null),
                pick(layout, "unit", row.unit(), keep ? existing.unit() : null),
                pick(layout, "definition", row.definition(), keep ? existing.definition() : null),
                pick(layout, "formula", row.formula(), keep ? existing.formula() : null),
                pick(layout, "dataSource", row.dataSource(), keep ? existing.dataSource() : null),
                pick(layout, "concept", row.concept(), keep ? existing.concept() : null),
                pick(layout, "classification", row.classification(), keep ? existing.classification() : null),
                pick(layout, "frequency", row.frequency(), keep ? existing.frequency() : null),
                pick(layout, "selectionReason", row.selectionReason(), keep ? existing.selectionReason() : null),
                pick(layout, "polarity", row.polarity(), keep ? existing.polarity() : mapping == null ? null : mapping.defaultPolarity()),
                pick(layout, "aggregation", row.aggregation(),
                        keep ? existing.aggregation() : mapping == null ? null : mapping.defaultAggregation()),
                pick(layout, "type", row.type(), keep ? existing.type() : mapping == null ? null : mapping.defaultType()),
                baseline, new ArrayList<>(targets.values()), end, null);
        return new IndicatorDraft(in, new ArrayList<>(targets.keySet()));
    }

    /** The fields that differ from the stored indicator (with its targets and OPD codes). */
    List<String> differences(Indicator i, List<Target> stored, List<String> opds, List<String> storedOpds) {
        List<String> d = new ArrayList<>();
        IndicatorInput in = input;
        add(d, "name", Text.same(in.name(), i.name()));
        add(d, "unit", Text.same(in.unit(), i.unit()));
        add(d, "definition", Text.same(in.definition(), i.definition()));
        add(d, "formula", Text.same(in.formula(), i.formula()));
        add(d, "dataSource", Text.same(in.dataSource(), i.dataSource()));
        add(d, "concept", Text.same(in.concept(), i.concept()));
        add(d, "classification", Text.same(in.classification(), i.classification()));
        add(d, "frequency", (in.frequency() == null ? Frequency.ANNUAL : in.frequency()) == i.frequency());
        add(d, "selectionReason", Text.same(in.selectionReason(), i.selectionReason()));
        add(d, "polarity", in.polarity() == i.polarity());
        add(d, "aggregation", in.aggregation() == i.aggregation());
        add(d, "type", in.type() == i.type());
        add(d, "baseline", in.baseline() == null ? i.baseline() == null : i.baseline() != null
                && java.util.Objects.equals(in.baseline().year(), i.baseline().year())
                && Text.same(in.baseline().value(), i.baseline().value()));
        add(d, "targets", sameTargets(in.targets(), stored));
        add(d, "endTarget", in.endTarget() == null ? i.endTarget() == null
                : i.endTarget() != null && same(in.endTarget(), i.endTarget()));
        add(d, "opds", opds.equals(storedOpds));
        return d;
    }

    IndicatorInput withOpds(List<Long> opdIds) {
        IndicatorInput i = input;
        return new IndicatorInput(i.code(), i.name(), i.unit(), i.definition(), i.formula(), i.dataSource(), i.concept(),
                i.classification(), i.frequency(), i.selectionReason(), i.polarity(), i.aggregation(), i.type(),
                i.baseline(), i.targets(), i.endTarget(), opdIds);
    }

    private static boolean sameTargets(List<TargetInput> wanted, List<Target> stored) {
        if (wanted.size() != stored.size()) {
            return false;
        }
        List<Target> sorted = stored.stream().sorted(Comparator.comparingInt(Target::year)).toList();
        for (int k = 0; k < wanted.size(); k++) {
            if (!java.util.Objects.equals(wanted.get(k).year(), sorted.get(k).year()) || !same(wanted.get(k), sorted.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(TargetInput t, Target s) {
        return Text.same(t.value(), s.value()) && Text.same(t.min(), s.min()) && Text.same(t.max(), s.max());
    }

    private static TargetInput input(Target t) {
        return new TargetInput(t.year(), t.value(), t.min(), t.max());
    }

    private static void add(List<String> d, String field, boolean same) {
        if (!same) {
            d.add(field);
        }
    }

    private static boolean has(Layout layout, String... fields) {
        for (String f : fields) {
            if (layout.has(f)) {
                return true;
            }
        }
        return false;
    }

    private static <T> T pick(Layout layout, String field, T fromRow, T stored) {
        return layout.has(field) ? fromRow : stored;
    }
}
