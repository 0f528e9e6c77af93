package id.selaras.analytics.performance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.selaras.analytics.PlanSnapshot;
import id.selaras.indicator.Achievement;
import id.selaras.indicator.AchievementCalculator;
import id.selaras.indicator.AchievementStatus;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Period;
import id.selaras.indicator.Realisation;
import id.selaras.indicator.Target;

/** Measures one indicator of a snapshot with the indicator feature's capaian rules (docs/achievement.md). */
final class IndicatorMeasure {

    private IndicatorMeasure() {
    }

    /** The annual figures of every year of the period that has one (reported, or derived from four quarters). */
    static Map<Integer, Double> annual(PlanSnapshot plan, Indicator indicator) {
        Map<Integer, Double> result = new TreeMap<>();
        List<Realisation> all = plan.realisations(indicator);
        for (int y = plan.scope().periodStart(); y <= plan.scope().periodEnd(); y++) {
            int year = y;
            List<Realisation> ofYear = all.stream().filter(r -> r.year() == year).toList();
            if (!ofYear.isEmpty()) {
                Double v = AchievementCalculator.ofYear(indicator, null, ofYear, y, null).getFirst().realisation();
                if (v != null) {
                    result.put(y, v);
                }
            }
        }
        return result;
    }

    static IndicatorPerformance measure(PlanSnapshot plan, Indicator indicator, Map<Integer, Double> annual, int year,
                                        Period period) {
        Target target = plan.targets(indicator).stream().filter(t -> t.year() == year).findFirst().orElse(null);
        List<Realisation> ofYear = plan.realisations(indicator).stream().filter(r -> r.year() == year).toList();
        Achievement achievement = AchievementCalculator.ofYear(indicator, target, ofYear, year, plan.scheme()).stream()
                .filter(a -> a.period() == period).findFirst()
                .orElse(new Achievement(year, period, target, null, null, null,
                        target == null ? AchievementStatus.NO_TARGET : AchievementStatus.NO_REALISATION));
        Map<Integer, Double> sofar = new TreeMap<>(annual);
        sofar.keySet().removeIf(y -> y > year);
        Projection projection = Projector.project(indicator, sofar, plan.scope().periodStart(), plan.scope().periodEnd());
        return new IndicatorPerformance(indicator, achievement, Rollup.counted(achievement.percent()), projection);
    }
}
