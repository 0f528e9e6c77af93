package id.selaras.indicator;

import java.util.List;

import id.selaras.common.Checks;
import id.selaras.common.Problem;
import id.selaras.plan.VersionScope;

/**
 * The rules {@link IndicatorService} applies to an indicator's fields, baseline and targets, for callers that check
 * many indicators before writing any (imports): the very same {@code IndicatorRules}, with the same codes and
 * field paths ({@code input.unit}, {@code input.targets[2].value}).
 */
public final class IndicatorValidation {

    private IndicatorValidation() {
    }

    public static List<Problem> check(IndicatorInput input, VersionScope scope) {
        Checks checks = Checks.start();
        IndicatorRules.fields(checks, input, scope);
        IndicatorRules.targets(checks, input.targets() == null ? List.of() : input.targets(), input.polarity(), scope);
        return checks.problems();
    }
}
