package id.selaras.analytics.performance;

import java.util.Map;

import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Baseline;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The trajectory projection, on worked numbers (least squares through the baseline and the annual realisations). */
class ProjectorTest {

    @Test
    void latestValue_projectedShortOfTheEndTarget_isAtRisk() {
        // points (2024, 60) (2025, 62) (2026, 65): mean (2025, 62.33); slope = Σdx·dy / Σdx² = (2.33 + 2.67) / 2 = 2.5
        // 2029: 62.33 + 2.5 × 4 = 72.33; capaian 72.33 / 75 = 96.44 % — short of 100, within 90: AT_RISK
        Indicator ipm = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, 2024, 60, 75);
        Projection p = Projector.project(ipm, Map.of(2025, 62.0, 2026, 65.0), 2025, 2029);
        assertThat(p).isEqualTo(new Projection(ProjectionStatus.AT_RISK, 72.33, 96.44, 2.5, 3));
    }

    @Test
    void cumulative_addsTheActualYearsAndTheProjectedOnes() {
        // amounts (2024, 20) (2025, 22) (2026, 24): slope 2, so 2027–2029 project 26, 28, 30
        // period total 22 + 24 + 26 + 28 + 30 = 130 against 125: 104 %, ON_TRACK
        Indicator output = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE, 2024, 20, 125);
        Projection p = Projector.project(output, Map.of(2025, 22.0, 2026, 24.0), 2025, 2029);
        assertThat(p).isEqualTo(new Projection(ProjectionStatus.ON_TRACK, 130.0, 104.0, 2.0, 3));
    }

    @Test
    void average_isTheMeanOfActualAndProjectedYears() {
        // days to issue a permit (lower is better): (2024, 7) (2025, 6) (2026, 5): slope −1 → 4, 3, 2 in 2027–2029
        // mean (6 + 5 + 4 + 3 + 2) / 5 = 4.0 against 4.2: (2 − 4.0 / 4.2) × 100 = 104.76 %, ON_TRACK
        Indicator days = indicator(Polarity.LOWER_IS_BETTER, Aggregation.AVERAGE, 2024, 7, 4.2);
        Projection p = Projector.project(days, Map.of(2025, 6.0, 2026, 5.0), 2025, 2029);
        assertThat(p).isEqualTo(new Projection(ProjectionStatus.ON_TRACK, 4.0, 104.76, -1.0, 3));
    }

    @Test
    void demoPoverty_isOffTrack() {
        // Kota Magelang: 9.05 (2015), realisations 8.75, 7.87, 7.46, 7.58 (2017–2020); end target 6.12 in 2021
        // mean x 2017.8, mean y 8.142; Σdx·dy = −5.138, Σdx² = 14.8, slope −0.3472; 2021: 8.142 − 0.3472 × 3.2 = 7.03
        // capaian (2 − 7.0311 / 6.12) × 100 = 85.11 %: below 90, OFF_TRACK
        Indicator poverty = indicator(Polarity.LOWER_IS_BETTER, Aggregation.LATEST, 2015, 9.05, 6.12);
        Projection p = Projector.project(poverty, Map.of(2017, 8.75, 2018, 7.87, 2019, 7.46, 2020, 7.58), 2017, 2021);
        assertThat(p).isEqualTo(new Projection(ProjectionStatus.OFF_TRACK, 7.03, 85.11, -0.35, 5));
    }

    @Test
    void aReportedLastYear_isTakenAsItIs() {
        Indicator ipm = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, 2024, 60, 75);
        Projection p = Projector.project(ipm, Map.of(2025, 62.0, 2026, 65.0, 2027, 70.0, 2028, 72.0, 2029, 76.0), 2025, 2029);
        assertThat(p.projectedValue()).isEqualTo(76.0);
        assertThat(p.status()).isEqualTo(ProjectionStatus.ON_TRACK);
    }

    @Test
    void oneValue_orNoEndTarget_cannotBeProjected() {
        Indicator ipm = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, 2024, 60, 75);
        assertThat(Projector.project(ipm, Map.of(), 2025, 2029)).isEqualTo(Projection.unknown(1));
        Indicator noEnd = new Indicator(1, 1, 1, 1, null, null, "x", "%", null, null, null, null, null, Frequency.ANNUAL, null,
                Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, null, 1, new Baseline(2024, 60), null, 0);
        assertThat(Projector.project(noEnd, Map.of(2025, 62.0), 2025, 2029).status()).isEqualTo(ProjectionStatus.UNKNOWN);
    }

    static Indicator indicator(Polarity polarity, Aggregation aggregation, int baselineYear, double baseline, double end) {
        return new Indicator(1, 1, 1, 1, null, null, "Indikator", "%", null, null, null, null, null, Frequency.ANNUAL, null,
                polarity, aggregation, null, 1, new Baseline(baselineYear, baseline), new Target(2029, end, null, null), 0);
    }
}
