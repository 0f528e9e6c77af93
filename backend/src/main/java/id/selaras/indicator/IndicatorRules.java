package id.selaras.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import id.selaras.common.Checks;
import id.selaras.common.ErrorCode;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.repository.IndicatorFields;
import id.selaras.plan.VersionScope;

/** Validates an indicator's fields, baseline and targets against its plan period; collects every problem. */
final class IndicatorRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    /** A baseline may predate the period (kondisi awal is usually the year before it starts, or earlier). */
    static final int BASELINE_YEARS_BEFORE = 10;

    private IndicatorRules() {
    }

    static IndicatorFields fields(Checks checks, IndicatorInput in, VersionScope scope) {
        String code = checks.optionalText(in.code(), "input.code", 40);
        if (code != null && code.length() <= 40 && !CODE.matcher(code).matches()) {
            checks.add(ErrorCode.INVALID_CODE, "input.code", code, "Indicator");
        }
        String name = checks.text(in.name(), "input.name", 500);
        String unit = checks.text(in.unit(), "input.unit", 60);
        String definition = checks.optionalText(in.definition(), "input.definition", 4000);
        String formula = checks.optionalText(in.formula(), "input.formula", 2000);
        String source = checks.optionalText(in.dataSource(), "input.dataSource", 300);
        String concept = checks.optionalText(in.concept(), "input.concept", 2000);
        String classification = checks.optionalText(in.classification(), "input.classification", 300);
        String reason = checks.optionalText(in.selectionReason(), "input.selectionReason", 2000);
        checks.check(in.polarity() != null, ErrorCode.REQUIRED, "input.polarity");
        checks.check(in.aggregation() != null, ErrorCode.REQUIRED, "input.aggregation");
        Baseline baseline = null;
        if (in.baseline() != null) {
            checks.check(in.baseline().year() != null, ErrorCode.REQUIRED, "input.baseline.year");
            checks.check(in.baseline().value() != null, ErrorCode.REQUIRED, "input.baseline.value");
            checks.number(in.baseline().value(), "input.baseline.value");
            checks.year(in.baseline().year(), "input.baseline.year", scope.periodStart() - BASELINE_YEARS_BEFORE, scope.periodEnd());
            if (in.baseline().year() != null && in.baseline().value() != null) {
                baseline = new Baseline(in.baseline().year(), in.baseline().value());
            }
        }
        Target end = in.endTarget() == null ? null
                : target(checks, in.endTarget(), in.polarity(), "input.endTarget", scope, scope.periodEnd());
        return new IndicatorFields(code, name, unit, definition, formula, source, concept, classification,
                in.frequency() == null ? Frequency.ANNUAL : in.frequency(), reason, in.polarity(), in.aggregation(),
                in.type(), baseline, end);
    }

    static List<Target> targets(Checks checks, List<TargetInput> inputs, Polarity polarity, VersionScope scope) {
        List<Target> result = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            TargetInput t = inputs.get(i);
            String field = "input.targets[" + i + "]";
            if (t.year() == null) {
                checks.add(ErrorCode.REQUIRED, field + ".year");
                continue;
            }
            checks.year(t.year(), field + ".year", scope.periodStart(), scope.periodEnd());
            if (!years.add(t.year())) {
                checks.add(ErrorCode.DUPLICATE_YEAR, field + ".year", t.year());
            }
            Target target = target(checks, t, polarity, field, scope, t.year());
            if (target != null) {
                result.add(target);
            }
        }
        return result;
    }

    private static Target target(Checks checks, TargetInput t, Polarity polarity, String field, VersionScope scope, int year) {
        checks.number(t.value(), field + ".value");
        checks.number(t.min(), field + ".min");
        checks.number(t.max(), field + ".max");
        boolean hasRange = t.min() != null || t.max() != null;
        if (hasRange && (t.min() == null || t.max() == null)) {
            checks.add(ErrorCode.RANGE_REQUIRED, field + (t.min() == null ? ".min" : ".max"));
            return null;
        }
        if (hasRange && t.value() != null) {
            checks.add(ErrorCode.TARGET_AMBIGUOUS, field + ".value");
            return null;
        }
        if (polarity == Polarity.RANGE && !hasRange) {
            checks.add(ErrorCode.RANGE_REQUIRED, field + ".min");
            return null;
        }
        if (!hasRange && t.value() == null) {
            checks.add(ErrorCode.TARGET_VALUE_REQUIRED, field + ".value");
            return null;
        }
        if (hasRange && t.min() > t.max()) {
            checks.add(ErrorCode.RANGE_INVERTED, field + ".min");
            return null;
        }
        return new Target(year, t.value(), t.min(), t.max());
    }
}
