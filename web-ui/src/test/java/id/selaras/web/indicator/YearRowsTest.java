package id.selaras.web.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.selaras.web.Language;
import id.selaras.web.chart.TrendChart;
import org.junit.jupiter.api.Test;

/** The chart's data table: every year with its target, realisation and capaian, in Indonesian number format. */
class YearRowsTest {

    static IndicatorData indicator(List<IndicatorData.Target> targets, List<IndicatorData.Achievement> achievements) {
        return new IndicatorData("SW5kaWNhdG9yOjE", "IKU-1", "Indeks Pembangunan Manusia", "Indeks", null, null, null,
                "ANNUAL", "HIGHER_IS_BETTER", "LATEST", "IKU", new IndicatorData.Baseline(2024, 77.74), targets, null,
                achievements, null, List.of(), List.of(), null, null, 0);
    }

    @Test
    void rows_showTargetRealisationAndBand_withKomaDesimal() {
        IndicatorData i = indicator(
                List.of(new IndicatorData.Target(2025, 78.1, null, null), new IndicatorData.Target(2026, 78.55, null, null)),
                List.of(new IndicatorData.Achievement(2025, "ANNUAL", 78.37, 100.35, "MEASURED",
                        new IndicatorData.Band("Sangat Tinggi", "#1a7f37"))));

        assertThat(YearRows.rows(i, Language.INDONESIAN)).containsExactly(
                new YearRows.Row(2025, "78,1", "78,37", "100,35 %", "Sangat Tinggi", "#1a7f37", false),
                new YearRows.Row(2026, "78,55", "–", "–", null, null, false));
        assertThat(YearRows.rows(i, java.util.Locale.US).getFirst().percent()).isEqualTo("100.35 %");
    }

    @Test
    void theAnnualFigureWins_overYearToDateOnes_andARangeIsDrawnAtItsMiddle() {
        IndicatorData i = indicator(List.of(new IndicatorData.Target(2025, null, 4.0, 6.0)), List.of(
                new IndicatorData.Achievement(2025, "Q2", 3.0, 60.0, "MEASURED", null),
                new IndicatorData.Achievement(2025, "ANNUAL", 5.0, 100.0, "MEASURED", null),
                new IndicatorData.Achievement(2026, "Q1", 2.0, 40.0, "MEASURED", null)));

        assertThat(YearRows.points(i)).containsExactly(new TrendChart.Point(2025, 5.0, 5.0),
                new TrendChart.Point(2026, null, 2.0));
        List<YearRows.Row> rows = YearRows.rows(i, Language.INDONESIAN);
        assertThat(rows.getFirst().target()).isEqualTo("4 – 6");
        assertThat(rows.get(1).yearToDate()).isTrue();
    }
}
