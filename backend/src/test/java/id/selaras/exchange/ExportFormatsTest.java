package id.selaras.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports: IKU and T-C.27 tables, CSV and JSON open data with Satu Data metadata, the printable summary, the template. */
@IntegrationTest
class ExportFormatsTest {

    @Autowired Fixtures fixtures;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @Test
    void everyFormat_carriesThePlan() {
        Fixtures.World w = fixtures.world();
        ExchangeClient client = new ExchangeClient(port, new Api(port).as(TestTokens.planner("p-" + w.region().code(),
                w.region().code())));
        client.apply(Map.of("request", Map.of("uploadToken", client.upload(new TemplateRows().bytes()), "planVersionId",
                w.draftId()))).path("applyPlanImport.report.ok").entity(Boolean.class).isEqualTo(true);

        var iku = Workbooks.rows(client.export(w.draftId(), "IKU_TABLE")).get("IKU");
        assertThat(iku.get(0).get(0)).isEqualTo("Penetapan Indikator Kinerja Utama");
        // (the blank row under the titles has no cells, so it is not listed)
        assertThat(iku.get(2)).contains("Indikator", "Satuan", "Kondisi Kinerja Awal (2024)", "Target 2025", "Target 2029");
        assertThat(iku.get(3)).containsSequence("1", "Angka kematian ibu", "per 100.000 KH", "90", "88", "86");
        assertThat(iku).hasSize(4);

        var tc27 = Workbooks.rows(client.export(w.draftId(), "TC27_TABLE")).get("T-C.27");
        assertThat(tc27).anySatisfy(r -> assertThat(r).containsSequence("Meningkatnya derajat kesehatan",
                "Menurunnya angka kematian ibu", "1.02.02").contains("Cakupan pelayanan ibu hamil", "85–90", "Dinas Kesehatan"));

        String csv = new String(client.export(w.draftId(), "CSV"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("kode_wilayah,rencana,periode,kode_indikator,nama_indikator,konsep,definisi,"
                + "klasifikasi,ukuran,satuan,sumber_data,frekuensi,produsen_data").endsWith("target_2029,target_akhir");
        assertThat(lines).hasSize(3).anySatisfy(l -> assertThat(l).contains("IKU-1,Angka kematian ibu").endsWith(",80,80"));

        JsonNode data = json.readTree(client.export(w.draftId(), "JSON"));
        assertThat(data.path("standar").asString()).contains("Perpres 39/2019");
        JsonNode first = data.path("indikator").get(0);
        assertThat(first.path("produsen_data").asString()).isEqualTo("Dinas Kesehatan");
        assertThat(first.path("satuan").asString()).isEqualTo("per 100.000 KH");
        assertThat(first.path("target").get(0).path("nilai").asDouble()).isEqualTo(88.0);
        assertThat(data.path("indikator").get(1).path("target").get(0).path("min").asDouble()).isEqualTo(85.0);

        String html = new String(client.export(w.draftId(), "SUMMARY_HTML"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"id\"", "@page{size:A4 landscape", "Angka kematian ibu", "85–90");
    }

    @Test
    void drafts_areExportedOnlyForThoseWhoMayReadThem_andLinksCannotBeForged() {
        Fixtures.World w = fixtures.world();
        Errors.expect(new Api(port).anonymous().document("query($v: ID!) { planExport(planVersion: $v, format: CSV) { url } }")
                .variable("v", w.draftId()).execute(), "NOT_FOUND", "NOT_FOUND", null);
        ExchangeClient planner = new ExchangeClient(port, new Api(port).as(TestTokens.planner("p-" + w.region().code(),
                w.region().code())));
        String url = new Api(port).as(TestTokens.planner("p-" + w.region().code(), w.region().code()))
                .document("query($v: ID!) { planExport(planVersion: $v, format: CSV) { url expiresAt } }").variable("v", w.draftId())
                .execute().path("planExport.url").entity(String.class).get();
        planner.http().get().uri(url.replace("/downloads/", "/downloads/x")).exchange().expectStatus().isForbidden();
        // an upload link is no download link
        String upload = planner.uploadUrl();
        planner.http().get().uri(upload.replace("/uploads/", "/downloads/")).exchange().expectStatus().isForbidden();
        planner.http().get().uri(url).exchange().expectStatus().isOk().expectHeader()
                .valueMatches("Content-Disposition", "attachment; filename=.*\\.csv.*");
    }

    @Test
    void theEmptyTemplate_isDownloadable_andHasTheTemplateSheets() {
        var api = new Api(port).anonymous();
        String url = api.document("{ importTemplate(periodStart: 2025, periodEnd: 2029) { url fileName } }").execute()
                .path("importTemplate.url").entity(String.class).get();
        var sheets = Workbooks.rows(new ExchangeClient(port, api).download(url));
        assertThat(sheets.keySet()).containsExactly("Petunjuk", "Rencana", "OPD", "Kaskade", "Indikator");
        assertThat(sheets.get("Indikator").getFirst()).contains("Kode Node", "Polaritas", "Target 2025", "Target 2029", "Target Akhir");
        Errors.expect(api.document("{ importTemplate(periodStart: 2025, periodEnd: 2035) { url } }").execute(), "BAD_REQUEST",
                "INVALID_PERIOD", null);
    }
}
