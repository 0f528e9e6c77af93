package id.selaras.indicator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static id.selaras.indicator.AchievementStatus.MEASURED;
import static id.selaras.indicator.AchievementStatus.NOT_COMPUTABLE;
import static id.selaras.indicator.AchievementStatus.NO_REALISATION;
import static id.selaras.indicator.AchievementStatus.NO_TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Worked cases of capaian (DOMAIN.md §5.3, docs/achievement.md) for every polarity and aggregation. */
class AchievementCalculatorTest {

    static final RatingScheme FIVE_BANDS = new RatingScheme(1, "DEFAULT", "5 tingkat", List.of(
            new Band("Sangat Baik", 91.0, null, "#1"), new Band("Baik", 76.0, 91.0, "#2"), new Band("Cukup", 66.0, 76.0, "#3"),
            new Band("Kurang", 51.0, 66.0, "#4"), new Band("Sangat Kurang", null, 51.0, "#5")));

    static Target value(double v) {
        return new Target(2025, v, null, null);
    }

    static Target range(double min, double max) {
        return new Target(2025, null, min, max);
    }

    static double pct(Polarity p, Target t, double r) {
        return AchievementCalculator.round(AchievementCalculator.percent(p, t, r, null));
    }

    @Nested
    class HigherIsBetter {
        @Test
        void isRealisationOverTarget() {
            // IPM target 77.74, realisation 77.50 → 99.69 (DOMAIN.md §5.3)
            assertThat(pct(Polarity.HIGHER_IS_BETTER, value(77.74), 77.50)).isEqualTo(99.69);
        }

        @Test
        void overAchievementIsNotCapped() {
            assertThat(pct(Polarity.HIGHER_IS_BETTER, value(80), 100)).isEqualTo(125.0);
        }

        @Test
        void aboveARange_usesTheUpperBound_andBelowIt_theLowerBound() {
            // PermenPANRB 8/2021: target 80–90 %, realisation 92 → 92/90 = 102.22; 70 → 70/80 = 87.5
            assertThat(pct(Polarity.HIGHER_IS_BETTER, range(80, 90), 92)).isEqualTo(102.22);
            assertThat(pct(Polarity.HIGHER_IS_BETTER, range(80, 90), 70)).isEqualTo(87.5);
            assertThat(pct(Polarity.HIGHER_IS_BETTER, range(80, 90), 85)).isEqualTo(100.0);
        }

        @Test
        void aNegativeTarget_stillRewardsImprovement() {
            // growth target −2 %: reaching −1 % is better than planned (150), −3 % worse (50)
            assertThat(pct(Polarity.HIGHER_IS_BETTER, value(-2), -1)).isEqualTo(150.0);
            assertThat(pct(Polarity.HIGHER_IS_BETTER, value(-2), -3)).isEqualTo(50.0);
        }

        @Test
        void aZeroTarget_measuresProgressFromTheBaseline_orIsNotComputable() {
            assertThat(AchievementCalculator.percent(Polarity.HIGHER_IS_BETTER, value(0), -1, -2.0)).isEqualTo(50.0);
            assertThat(AchievementCalculator.percent(Polarity.HIGHER_IS_BETTER, value(0), 1, null)).isNull();
        }
    }

    @Nested
    class LowerIsBetter {
        @Test
        void isTwoMinusRealisationOverTarget() {
            // poverty target 7.38 %, realisation 7.50 → (2 − 7.50/7.38) × 100 = 98.37 (DOMAIN.md §5.3)
            assertThat(pct(Polarity.LOWER_IS_BETTER, value(7.38), 7.50)).isEqualTo(98.37);
            assertThat(pct(Polarity.LOWER_IS_BETTER, value(7.38), 6.12)).isEqualTo(117.07);
        }

        @Test
        void neverGoesBelowZero() {
            assertThat(pct(Polarity.LOWER_IS_BETTER, value(5), 12)).isEqualTo(0.0);
        }

        @Test
        void aRange_usesTheNearerBound() {
            // PermenPANRB 8/2021: 7–8 months, realisation 6.5 → 107.14; 9 → 87.5
            assertThat(pct(Polarity.LOWER_IS_BETTER, range(7, 8), 6.5)).isEqualTo(107.14);
            assertThat(pct(Polarity.LOWER_IS_BETTER, range(7, 8), 9)).isEqualTo(87.5);
        }

        @Test
        void aZeroTarget_measuresTheReductionFromTheBaseline() {
            // extreme poverty 1.2 % → target 0 %: reaching 0.3 % is 75 % of the planned reduction
            assertThat(AchievementCalculator.percent(Polarity.LOWER_IS_BETTER, value(0), 0.3, 1.2)).isCloseTo(75.0, within(1e-9));
            assertThat(AchievementCalculator.percent(Polarity.LOWER_IS_BETTER, value(0), 0, 1.2)).isEqualTo(100.0);
        }

        @Test
        void aZeroTarget_withoutBaseline_is100WhenMet_elseNotComputable() {
            assertThat(AchievementCalculator.percent(Polarity.LOWER_IS_BETTER, value(0), 0, null)).isEqualTo(100.0);
            assertThat(AchievementCalculator.percent(Polarity.LOWER_IS_BETTER, value(0), 0.5, null)).isNull();
        }

        @Test
        void aNegativeTarget_rewardsGoingLower() {
            assertThat(pct(Polarity.LOWER_IS_BETTER, value(-2), -3)).isEqualTo(150.0);
        }
    }

    @Nested
    class Range {
        @Test
        void insideIs100_andMissesOnEitherSideCount() {
            // inflation 3–4 %: 3.5 → 100; 2.4 → 2.4/3 = 80; 5 → (2 − 5/4) = 75
            assertThat(pct(Polarity.RANGE, range(3, 4), 3.5)).isEqualTo(100.0);
            assertThat(pct(Polarity.RANGE, range(3, 4), 2.4)).isEqualTo(80.0);
            assertThat(pct(Polarity.RANGE, range(3, 4), 5)).isEqualTo(75.0);
        }
    }

    @Nested
    class Aggregations {
        Indicator indicator(Aggregation aggregation, Polarity polarity) {
            return new Indicator(1, 1, 1, 1, null, null, "x", "%", null, null, null, null, null, Frequency.QUARTERLY, null,
                    polarity, aggregation, null, 1, null, new Target(2029, 1000.0, null, null), 0);
        }

        Realisation r(Period period, double value) {
            return new Realisation(1, 1, 1, 2025, period, value, null, null, null, null, null, 0);
        }

        @Test
        void cumulative_sumsTheQuarters_andReportsYearToDate() {
            var list = AchievementCalculator.ofYear(indicator(Aggregation.CUMULATIVE, Polarity.HIGHER_IS_BETTER), value(200),
                    List.of(r(Period.Q1, 40), r(Period.Q2, 60), r(Period.Q3, 50), r(Period.Q4, 70)), 2025, FIVE_BANDS);
            assertThat(list).extracting(Achievement::period, Achievement::realisation, Achievement::percent).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Period.ANNUAL, 220.0, 110.0),
                    org.assertj.core.groups.Tuple.tuple(Period.Q1, 40.0, 20.0),
                    org.assertj.core.groups.Tuple.tuple(Period.Q2, 100.0, 50.0),
                    org.assertj.core.groups.Tuple.tuple(Period.Q3, 150.0, 75.0),
                    org.assertj.core.groups.Tuple.tuple(Period.Q4, 220.0, 110.0));
            assertThat(list.getFirst().band().label()).isEqualTo("Sangat Baik");
        }

        @Test
        void latest_takesTheLastQuarter() {
            var list = AchievementCalculator.ofYear(indicator(Aggregation.LATEST, Polarity.HIGHER_IS_BETTER), value(80),
                    List.of(r(Period.Q1, 70), r(Period.Q2, 72)), 2025, FIVE_BANDS);
            assertThat(list.getFirst().status()).isEqualTo(NO_REALISATION);
            assertThat(list.get(2).realisation()).isEqualTo(72.0);
            assertThat(list.get(2).percent()).isEqualTo(90.0);
            assertThat(list.get(2).band().label()).isEqualTo("Baik");
        }

        @Test
        void average_averagesTheQuarters() {
            var list = AchievementCalculator.ofYear(indicator(Aggregation.AVERAGE, Polarity.LOWER_IS_BETTER), value(10),
                    List.of(r(Period.Q1, 8), r(Period.Q2, 12), r(Period.Q3, 10), r(Period.Q4, 14)), 2025, FIVE_BANDS);
            // average 11 days against 10 → (2 − 1.1) × 100 = 90
            assertThat(list.getFirst().realisation()).isEqualTo(11.0);
            assertThat(list.getFirst().percent()).isEqualTo(90.0);
        }

        @Test
        void anAnnualFigure_winsOverQuarters() {
            var list = AchievementCalculator.ofYear(indicator(Aggregation.CUMULATIVE, Polarity.HIGHER_IS_BETTER), value(200),
                    List.of(r(Period.Q1, 40), r(Period.ANNUAL, 180)), 2025, FIVE_BANDS);
            assertThat(list.getFirst().realisation()).isEqualTo(180.0);
        }

        @Test
        void aMissingQuarter_isNotZero() {
            var list = AchievementCalculator.ofYear(indicator(Aggregation.CUMULATIVE, Polarity.HIGHER_IS_BETTER), value(200),
                    List.of(r(Period.Q1, 40), r(Period.Q3, 50)), 2025, FIVE_BANDS);
            assertThat(list).extracting(Achievement::period).containsExactly(Period.ANNUAL, Period.Q1);
            assertThat(list.getFirst().status()).isEqualTo(NO_REALISATION);
        }

        @Test
        void period_cumulativeAddsYearsUntilTheFirstGap() {
            // 5-year total target 1000; 2025: 220, 2026: 180, 2027 missing, 2028: 300 → 400 so far = 40 %
            var a = AchievementCalculator.ofPeriod(indicator(Aggregation.CUMULATIVE, Polarity.HIGHER_IS_BETTER), 2025, 2029,
                    Map.of(2025, 220.0, 2026, 180.0, 2028, 300.0), FIVE_BANDS);
            assertThat(a.realisation()).isEqualTo(400.0);
            assertThat(a.year()).isEqualTo(2026);
            assertThat(a.percent()).isEqualTo(40.0);
            assertThat(a.band().label()).isEqualTo("Sangat Kurang");
        }

        @Test
        void period_latestTakesTheLastYear() {
            var ind = new Indicator(1, 1, 1, 1, null, null, "x", "%", null, null, null, null, null, Frequency.ANNUAL, null,
                    Polarity.LOWER_IS_BETTER, Aggregation.LATEST, null, 1, new Baseline(2015, 9.05),
                    new Target(2021, 6.12, null, null), 0);
            var a = AchievementCalculator.ofPeriod(ind, 2017, 2021, Map.of(2017, 8.75, 2018, 7.87, 2019, 7.46), FIVE_BANDS);
            assertThat(a.year()).isEqualTo(2019);
            assertThat(a.percent()).isEqualTo(78.1);
        }
    }

    @Test
    void missingPieces_haveTheirOwnStatus() {
        Indicator ind = new Indicator(1, 1, 1, 1, null, null, "x", "%", null, null, null, null, null, Frequency.ANNUAL, null,
                Polarity.LOWER_IS_BETTER, Aggregation.LATEST, null, 1, null, null, 0);
        assertThat(AchievementCalculator.measure(ind, null, 5.0, 2025, Period.ANNUAL, FIVE_BANDS).status()).isEqualTo(NO_TARGET);
        assertThat(AchievementCalculator.measure(ind, value(5), null, 2025, Period.ANNUAL, FIVE_BANDS).status()).isEqualTo(NO_REALISATION);
        assertThat(AchievementCalculator.measure(ind, value(0), 2.0, 2025, Period.ANNUAL, FIVE_BANDS).status()).isEqualTo(NOT_COMPUTABLE);
        assertThat(AchievementCalculator.measure(ind, value(5), 5.0, 2025, Period.ANNUAL, FIVE_BANDS).status()).isEqualTo(MEASURED);
    }

    @Test
    void bands_includeTheirLowerBound_andExcludeTheUpper() {
        assertThat(FIVE_BANDS.band(91.0).label()).isEqualTo("Sangat Baik");
        assertThat(FIVE_BANDS.band(90.99).label()).isEqualTo("Baik");
        assertThat(FIVE_BANDS.band(76.0).label()).isEqualTo("Baik");
        assertThat(FIVE_BANDS.band(50.99).label()).isEqualTo("Sangat Kurang");
        assertThat(FIVE_BANDS.band(0.0).label()).isEqualTo("Sangat Kurang");
        assertThat(FIVE_BANDS.band(null)).isNull();
    }
}
