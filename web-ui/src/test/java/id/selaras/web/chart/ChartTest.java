package id.selaras.web.chart;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-rendered charts: well-formed, escaped, described for screen readers, numbers in Indonesian style. */
class ChartTest {

    @Test
    void numbersReadTheIndonesianWayByDefault() {
        assertThat(Numbers.format(7.38, null)).isEqualTo("7,38");
        assertThat(Numbers.format(1250.0, null)).isEqualTo("1.250");
        assertThat(Numbers.format(7.38, Locale.ENGLISH)).isEqualTo("7.38");
        assertThat(Numbers.withUnit(77.74, "Indeks", null)).isEqualTo("77,74 Indeks");
        assertThat(Numbers.percent(98.37, null)).isEqualTo("98,37 %");
    }

    @Test
    void theTrendChartIsDescribedAndEscaped() {
        String svg = TrendChart.render("Persentase <penduduk> miskin", "%", 9.05, 2015,
                List.of(new TrendChart.Point(2017, 8.10, 8.75), new TrendChart.Point(2018, 7.38, 7.87),
                        new TrendChart.Point(2019, 6.95, null)), null, "Target", "Realisasi");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"")
                .contains("<title id=\"svg-title\">Persentase &lt;penduduk&gt; miskin</title>")
                .contains("2018: Target 7,38 %, Realisasi 7,87 %")
                .contains("class=\"target-line\"").contains("class=\"realisation-line\"").doesNotContain("<penduduk>");
    }

    @Test
    void theCascadeDiagramPlacesEveryNode_andWrapsLongTitles() {
        String svg = CascadeDiagram.render("Pohon kinerja", List.of(
                new CascadeDiagram.Box("v", null, "VISI", "V", "Magelang sebagai kota jasa yang modern dan cerdas", 0, List.of()),
                new CascadeDiagram.Box("m1", "v", "MISI", "M1", "Meningkatkan kualitas SDM", 2, List.of()),
                new CascadeDiagram.Box("m2", "v", "MISI", "M2", "Meningkatkan kesejahteraan", 1, List.of("m1"))), "indikator");
        assertThat(svg.split("<g class=\"node").length - 1).isEqualTo(3);
        assertThat(svg).contains("class=\"support\"").contains("2 indikator");
        assertThat(CascadeDiagram.wrap("satu dua tiga empat lima enam tujuh delapan", 10, 2)).hasSize(2);
    }
}
