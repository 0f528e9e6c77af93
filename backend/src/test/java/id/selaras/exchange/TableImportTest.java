package id.selaras.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An IKU table in the common published shape (indikator, satuan, kondisi awal (year), targets per year, kondisi
 * akhir, penanggung jawab) imports through a column mapping: the dry run guesses and reports it, the caller
 * completes it (the node the rows belong to), and a second import of the same table changes nothing.
 */
@IntegrationTest
class TableImportTest {

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;

    static byte[] ikuTable() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Tabel 8.1 Penetapan Indikator Kinerja Utama Kota Uji"));
        rows.add(List.of());
        rows.add(List.of("No", "Indikator Kinerja Utama", "Satuan", "Kondisi Kinerja Awal RPJMD (2024)", "Target 2025",
                "Target 2026", "Target 2027", "Target 2028", "Target 2029", "Kondisi Kinerja pada Akhir Periode RPJMD",
                "Penanggung Jawab"));
        rows.add(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        rows.add(List.of(1, "Indeks Pembangunan Manusia", "Indeks", 77.16, 77.74, 78.09, 78.81, 79.15, 79.88, 79.88, "DINKES; DISDIK"));
        rows.add(List.of(2, "Tingkat Kemiskinan", "%", 9.05, "8,5", 8.0, 7.5, 7.0, "6,0–6,5", "6,0–6,5", "DINKES"));
        return ExchangeClient.workbook(Map.of("IKU", rows));
    }

    @Test
    void anIkuTable_isMappedGuessedAndImported() {
        Fixtures.World w = fixtures.world();
        fixtures.chain(w);
        ExchangeClient client = new ExchangeClient(port, new Api(port).as(TestTokens.planner("p-" + w.region().code(),
                w.region().code())));
        String token = client.upload(ikuTable());
        var dry = client.dryRun(Map.of("uploadToken", token, "planVersionId", w.draftId(), "shape", "TABLE"));
        dry.path("importPlanDryRun.report.mapping.headerRow").entity(Integer.class).isEqualTo(3);
        dry.path("importPlanDryRun.report.mapping.firstDataRow").entity(Integer.class).isEqualTo(5);
        dry.path("importPlanDryRun.report.mapping.columns[*].field").entityList(String.class).containsExactly("IGNORE",
                "INDICATOR_NAME", "UNIT", "BASELINE", "TARGET", "TARGET", "TARGET", "TARGET", "TARGET", "END_TARGET",
                "RESPONSIBLE_OPDS");
        dry.path("importPlanDryRun.report.mapping.columns[3].year").entity(Integer.class).isEqualTo(2024);
        dry.path("importPlanDryRun.report.mapping.columns[8].year").entity(Integer.class).isEqualTo(2029);
        // without a node column, the rows need the caller to say which node they belong to
        dry.path("importPlanDryRun.report.problems[0].code").entity(String.class).isEqualTo("REQUIRED");

        List<Map<String, Object>> columns = new ArrayList<>();
        dry.path("importPlanDryRun.report.mapping.columns").entityList(Map.class).get().forEach(c -> {
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("column", c.get("column"));
            m.put("field", c.get("field"));
            m.put("year", c.get("year"));
            columns.add(m);
        });
        Map<String, Object> mapping = Map.of("sheet", "IKU", "headerRow", 3, "firstDataRow", 5, "columns", columns,
                "defaultNodeCode", "S1.1.1", "defaultPolarity", "LOWER_IS_BETTER", "defaultType", "IKU");
        Map<String, Object> request = Map.of("uploadToken", token, "planVersionId", w.draftId(), "shape", "TABLE", "mapping", mapping);
        var applied = client.apply(Map.of("request", request));
        applied.errors().verify();
        applied.path("applyPlanImport.report.ok").entity(Boolean.class).isEqualTo(true);
        applied.path("applyPlanImport.report.changes[*].action").entityList(String.class).containsExactly("CREATE", "CREATE");
        List<String> rows = db.sql("""
                        SELECT i.name || '|' || i.type || '|' || i.baseline_year || '|' || coalesce(t.value::text, t.min_value || '-' || t.max_value)
                        AS r FROM indicator i JOIN indicator_target t ON t.indicator_id = i.id
                        WHERE i.plan_version_id = :v AND t.year IN (2025, 2029) ORDER BY i.position, t.year""")
                .bind("v", w.draft().id()).map(r -> r.get("r", String.class)).all().collectList().block();
        assertThat(rows).containsExactly("Indeks Pembangunan Manusia|IKU|2024|77.74", "Indeks Pembangunan Manusia|IKU|2024|79.88",
                "Tingkat Kemiskinan|IKU|2024|8.5", "Tingkat Kemiskinan|IKU|2024|6.0-6.5");
        // the same table again: matched by name under the node, nothing changes
        var again = client.dryRun(Map.of("uploadToken", client.upload(ikuTable()), "planVersionId", w.draftId(),
                "shape", "TABLE", "mapping", mapping));
        again.path("importPlanDryRun.report.ok").entity(Boolean.class).isEqualTo(true);
        again.path("importPlanDryRun.report.changes").entityList(Object.class).hasSize(0);
    }
}
