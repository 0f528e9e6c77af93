package id.selaras.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the import page sends: a draft or a new plan, the template or a table with its corrected mapping. */
class ImportRequestTest {

    @Test
    void intoADraft_withTheTemplate() {
        ImportRequest request = new ImportRequest("UGxhblZlcnNpb246Mg", null, null, false, null, true, null);

        assertThat(request.missing()).isEmpty();
        assertThat(request.toInput("tok")).containsExactly(Map.entry("uploadToken", "tok"),
                Map.entry("planVersionId", "UGxhblZlcnNpb246Mg"), Map.entry("shape", "TEMPLATE"),
                Map.entry("deleteMissing", true));
    }

    @Test
    void aNewPlan_needsItsRegion() {
        assertThat(new ImportRequest(null, null, "RPJMD", false, null, false, null).missing())
                .containsExactly(new ImportRequest.Missing("target", "exchange.error.target"));

        Map<String, Object> input = new ImportRequest(null, "UmVnaW9uOjE", null, false, null, false, null).toInput("tok");
        assertThat(input.get("newPlan")).isEqualTo(Map.of("regionId", "UmVnaW9uOjE", "kind", "RPJMD"));
        assertThat(input).doesNotContainKey("planVersionId");
    }

    @Test
    void aTable_withoutAMapping_letsTheServerGuess_thenSendsTheCorrectedOne() {
        ImportRequest first = new ImportRequest("v", null, null, true, null, false, null);
        assertThat(first.toInput("tok")).doesNotContainKeys("mapping", "deleteMissing").containsEntry("shape", "TABLE");

        ExchangeClient.Mapping corrected = new ExchangeClient.Mapping("IKU", 3, 4, null, 2024, List.of(
                new ExchangeClient.Column("B", "INDICATOR_NAME", null, "Indikator"),
                new ExchangeClient.Column("E", "TARGET", 2026, "Target 2026")));
        Map<String, Object> second = new ImportRequest("v", null, null, true, " S1.2 ", false, corrected).toInput("tok");

        @SuppressWarnings("unchecked")
        Map<String, Object> mapping = (Map<String, Object>) second.get("mapping");
        assertThat(mapping).containsEntry("sheet", "IKU").containsEntry("headerRow", 3).containsEntry("firstDataRow", 4)
                .containsEntry("defaultNodeCode", "S1.2").containsEntry("baselineYear", 2024);
        assertThat((List<?>) mapping.get("columns")).hasSize(2).last()
                .isEqualTo(Map.of("column", "E", "field", "TARGET", "year", 2026));
    }

    @Test
    void theChangeCount_leavesOutWhatIsKept() {
        ExchangeClient.Report report = new ExchangeClient.Report(true, 0, 10, 0, List.of(), List.of(), List.of(
                new ExchangeClient.Count("NODE", "CREATE", 3), new ExchangeClient.Count("INDICATOR", "UPDATE", 2),
                new ExchangeClient.Count("NODE", "KEEP_MISSING", 7)), null);

        assertThat(ImportView.changeCount(report)).isEqualTo(5);
    }
}
