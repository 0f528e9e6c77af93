package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.PlanSnapshot.Reference;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;

/**
 * A local indicator and one reference indicator it is aligned to (RPJMN, provincial RPJMD), with the years both
 * plans cover ({@code from..to}; empty when {@code from > to}).
 */
record AlignedPair(Indicator local, Map<Integer, Target> localTargets, Reference reference, int from, int to) {

    static List<AlignedPair> of(PlanSnapshot plan) {
        List<AlignedPair> pairs = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            for (Reference r : plan.references(i)) {
                pairs.add(new AlignedPair(i, Values.byYear(plan.targets(i)), r,
                        Math.max(plan.scope().periodStart(), r.periodStart()), Math.min(plan.scope().periodEnd(), r.periodEnd())));
            }
        }
        return pairs;
    }

    boolean overlaps() {
        return from <= to;
    }

    /** "RPJMN 2020–2024: Tingkat kemiskinan" — how messages name the reference. */
    String referenceLabel() {
        return reference.planTitle() + ": " + Values.label(reference.indicator());
    }

    /** +1 when the reference wants the value to rise, −1 to fall, 0 for a range. */
    int direction() {
        return switch (reference.indicator().polarity()) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case RANGE -> 0;
        };
    }

    /** Where the local trajectory starts: the baseline, else the first target; as {year, value}, or null. */
    double[] start() {
        if (local.baseline() != null) {
            return new double[] {local.baseline().year(), local.baseline().value()};
        }
        return localTargets.values().stream().map(this::point).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The last local target within the shared years (without any: the last of all), as {year, value}, or null. */
    double[] end() {
        int last = overlaps() ? to : Integer.MAX_VALUE;
        return localTargets.values().stream().filter(t -> t.year() <= last).map(this::point).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b).orElse(null);
    }

    /** True when the local trajectory moves the way the reference forbids. */
    boolean movesAgainst() {
        double[] s = start();
        double[] e = end();
        return s != null && e != null && (e[1] - s[1]) * direction() < 0;
    }

    private double[] point(Target t) {
        Polarity p = local.polarity() == Polarity.RANGE ? reference.indicator().polarity() : local.polarity();
        Double v = Values.lenient(t, p);
        return v == null ? null : new double[] {t.year(), v};
    }
}
