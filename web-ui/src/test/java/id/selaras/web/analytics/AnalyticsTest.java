package id.selaras.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.selaras.web.analytics.AnalyticsClient.Band;
import id.selaras.web.analytics.AnalyticsClient.BandCount;
import id.selaras.web.analytics.AnalyticsClient.Summary;
import id.selaras.web.chart.BarChart;
import id.selaras.web.chart.Numbers;
import org.junit.jupiter.api.Test;

/** The analytics dashboard without a browser: the bars, the roll-up tables and the findings list. */
class AnalyticsTest {

    static final Band SANGAT_BAIK = new Band("Sangat Baik", "#1a7f37");
    static final Band KURANG = new Band("Kurang", "#a61b1b");

    @Test
    void bars_areCappedAt120_coloursAreChecked_andLabelsEscaped() {
        String svg = BarChart.render("misi-chart", "Capaian per misi", List.of(
                new BarChart.Bar("Misi 1 <Sehat>", 150.0, "Sangat Baik", "#1a7f37"),
                new BarChart.Bar("Misi 2", 40.5, "Kurang", "red;}</style><script>"),
                new BarChart.Bar("Misi 3", null, null, null)), Numbers.INDONESIAN, "belum terukur");

        assertThat(svg).contains("aria-labelledby=\"misi-chart-title misi-chart-desc\"")
                .contains("Misi 1 &lt;Sehat&gt;").doesNotContain("<Sehat>")
                .contains("style=\"fill:#1a7f37\"").doesNotContain("<script>").contains("style=\"fill:#52606d\"")
                .contains("40,5 %").contains("belum terukur");
        assertThat(svg).as("150 % drawn at the 120 % cap: the full plot width").contains("width=\"540.0\" height=\"20\" rx=\"6\" class=\"bar\"");
        assertThat(svg).doesNotContain("/>").contains("class=\"bar-track\"></rect>");
    }

    @Test
    void rollups_leaveOutEmptyGroups_andListBandsInTheSchemesOrder() {
        Rollup rollup = Rollup.ofNodes("misi", List.of(
                node("M1", "Mewujudkan masyarakat sehat", summary(3, 2, 97.5, SANGAT_BAIK, 2, 0, 1)),
                node(null, "Misi tanpa indikator", summary(0, 0, null, null, 0, 0, 0)),
                node("M3", "Ekonomi", summary(2, 2, 60.0, KURANG, 0, 2, 2))));

        assertThat(rollup.withIndicators()).extracting(Rollup.Row::label)
                .containsExactly("M1 Mewujudkan masyarakat sehat", "M3 Ekonomi");
        assertThat(rollup.bands()).containsExactly(java.util.Map.entry("Sangat Baik", "#1a7f37"),
                java.util.Map.entry("Kurang", "#a61b1b"));
        assertThat(rollup.bars()).extracting(BarChart.Bar::percent).containsExactly(97.5, 60.0);
        assertThat(rollup.needingAttention()).extracting(Rollup.Row::label).containsExactly("M1 Mewujudkan masyarakat sehat",
                "M3 Ekonomi");
        assertThat(Rollup.count(rollup.rows().get(2).summary(), "Kurang")).isEqualTo(2);
        assertThat(Rollup.ofOpds(List.of(new AnalyticsClient.OpdPerformance(new AnalyticsClient.Opd("o", "1.02", "Dinas Kesehatan",
                "DINKES"), summary(1, 1, 100.0, SANGAT_BAIK, 1, 0, 0)))).rows().getFirst().label())
                .isEqualTo("DINKES – Dinas Kesehatan");
    }

    @Test
    void theDashboard_showsEachLevelWithItsTable_andPagesThroughFindings_ofTheChosenSeverity() {
        FakeClient client = new FakeClient();
        AnalyticsView view = new AnalyticsView(client);

        String text = view.getElement().getOuterHTML();
        List<String> charts = new ArrayList<>();
        collectCharts(view.getElement(), charts);
        assertThat(charts).hasSize(3);
        assertThat(charts.get(0)).contains("analytics-misi-chart-title").contains("M1 Mewujudkan masyarakat sehat");
        assertThat(charts.get(2)).contains("analytics-opd-chart-title").contains("DINKES – Dinas Kesehatan");
        assertThat(text).contains("analytics-sasaran-heading")
                .contains("<th scope=\"row\">DINKES – Dinas Kesehatan</th>").contains("<td>Sangat Baik</td>");
        assertThat(client.performanceCalls).containsExactly("v1:null:ANNUAL");
        assertThat(client.findingCalls).containsExactly("v1:null:null");
        assertThat(view.findingsShown()).isEqualTo(2);
        assertThat(text).contains("Target akhir tidak sama").contains("1.a Angka kematian ibu");

        view.showFindings(true);
        assertThat(client.findingCalls).last().isEqualTo("v1:null:cursor-2");
        assertThat(view.findingsShown()).isEqualTo(4);
    }

    static void collectCharts(com.vaadin.flow.dom.Element element, List<String> charts) {
        if (element.hasProperty("innerHTML")) {
            charts.add(element.getProperty("innerHTML"));
        }
        element.getChildren().forEach(child -> collectCharts(child, charts));
    }

    static AnalyticsClient.NodePerformance node(String code, String title, Summary s) {
        return new AnalyticsClient.NodePerformance(new AnalyticsClient.Node("n-" + title.hashCode(), code, title), s);
    }

    static Summary summary(int indicators, int measured, Double mean, Band band, int good, int poor, int offTrack) {
        List<BandCount> counts = List.of(new BandCount(SANGAT_BAIK, good), new BandCount(KURANG, poor));
        return new Summary(indicators, measured, mean, band, indicators == 0 ? List.of() : counts, 0, 0, 0,
                measured - offTrack, 0, offTrack, 0);
    }

    static class FakeClient extends AnalyticsClient {
        final List<String> performanceCalls = new ArrayList<>();
        final List<String> findingCalls = new ArrayList<>();

        FakeClient() {
            super(null);
        }

        @Override
        public List<Plan> plans() {
            return List.of(new Plan("p1", "RPJMD", "RPJMD Kota Magelang 2025–2029", 2025, 2029, new Region("Kota Magelang"),
                    new Version("v1", 2, "ADOPTED"), null));
        }

        @Override
        public Performance performance(String versionId, Integer year, String period) {
            performanceCalls.add(versionId + ":" + year + ":" + period);
            Summary s = summary(3, 2, 97.5, SANGAT_BAIK, 2, 0, 0);
            return new Performance(2026, "ANNUAL", s, List.of(node("M1", "Mewujudkan masyarakat sehat", s)),
                    List.of(node("S1", "Meningkatnya derajat kesehatan", s)),
                    List.of(new OpdPerformance(new Opd("o", "1.02", "Dinas Kesehatan", "DINKES"), s)));
        }

        @Override
        public Findings findings(String versionId, String severity, String after) {
            findingCalls.add(versionId + ":" + severity + ":" + after);
            Finding f = new Finding("END_TARGET_MISMATCH", "ERROR", "Target akhir tidak sama dengan target tahun terakhir.",
                    "Samakan target akhir dengan target 2029.", new Subject("Indicator", "i1", null, "1.a", null,
                    "Angka kematian ibu"));
            return new Findings(4, new PageInfo(after == null, "cursor-2"), List.of(new FindingEdge(f), new FindingEdge(f)));
        }
    }
}
