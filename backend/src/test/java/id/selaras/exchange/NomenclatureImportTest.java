package id.selaras.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nomenclature imports from its published spreadsheet layout (code split over columns A–E, kegiatan as the
 * number 2.01, continuation rows), per regulation, in the 2-digit and the 4-digit sub-kegiatan formats.
 */
@IntegrationTest
class NomenclatureImportTest {

    static final String IMPORT = """
            mutation($in: ImportNomenclatureInput!) { importNomenclature(input: $in) {
              entryCount added changed removed release { regulation entryCount importedAt subKegiatanDigits }
              report { ok problemCount problems { sheet row column code messageEn } } } }""";

    @LocalServerPort int port;

    /** The subset as the published lampiran lays it out; {@code digits} 2 cuts 0001 to 01. */
    static byte[] published(int digits) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("KODE", "", "", "", "", "NOMENKLATUR URUSAN KABUPATEN/KOTA", "KINERJA", "INDIKATOR", "SATUAN"));
        rows.add(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));
        String tsv = new String(new ClassPathResource("exchange/nomenclature-subset.tsv").getContentAsByteArray(), StandardCharsets.UTF_8);
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String[] code = f[0].split("\\.");
            List<Object> row = new ArrayList<>(java.util.Collections.nCopies(9, null));
            row.set(0, Integer.parseInt(code[0]));
            if (code.length > 1) {
                row.set(1, Integer.parseInt(code[1]));
            }
            if (code.length > 2) {
                row.set(2, Integer.parseInt(code[2]));
            }
            if (code.length > 4) {
                row.set(3, Double.parseDouble(code[3] + "." + code[4]));  // as the lampiran stores it: the number 2.01
            }
            if (code.length > 5) {
                row.set(4, Integer.parseInt(code[5]) % (digits == 2 ? 100 : 10000));
            }
            String name = f[1];
            boolean split = name.length() > 60 && code.length == 5;
            row.set(5, split ? name.substring(0, name.lastIndexOf(' ', 60)) : name);
            for (int i = 2; i < f.length && i < 5; i++) {
                row.set(4 + i, f[i].isBlank() ? null : f[i]);
            }
            rows.add(row);
            if (split) {
                List<Object> rest = new ArrayList<>(java.util.Collections.nCopies(6, null));
                rest.set(5, name.substring(name.lastIndexOf(' ', 60) + 1));
                rows.add(rest);
            }
        }
        List<Object> note = new ArrayList<>(java.util.Collections.nCopies(6, null));
        note.set(5, "Tidak ada kewenangan provinsi");
        rows.add(note);
        return ExchangeClient.workbook(Map.of("Lampiran", rows));
    }

    @Test
    void bothFormats_importPerRegulation_andCompareByCanonicalCode() throws IOException {
        HttpGraphQlTester admin = new Api(port).as(TestTokens.admin("admin-nomenklatur"));
        ExchangeClient client = new ExchangeClient(port, admin);
        String twoDigits = client.upload(published(2));
        var dry = admin.document(IMPORT).variable("in", Map.of("uploadToken", twoDigits,
                "regulation", "KEPMENDAGRI_050_5889_2021", "dryRun", true)).execute();
        dry.path("importNomenclature.report.ok").entity(Boolean.class).isEqualTo(true);
        dry.path("importNomenclature.entryCount").entity(Integer.class).isEqualTo(26);
        dry.path("importNomenclature.release.importedAt").valueIsNull();

        admin.document(IMPORT).variable("in", Map.of("uploadToken", twoDigits, "regulation", "KEPMENDAGRI_050_5889_2021",
                "dryRun", false)).execute().path("importNomenclature.release.entryCount").entity(Integer.class).isEqualTo(26);
        var read = new Api(port).anonymous().document("""
                { nomenclature(regulation: KEPMENDAGRI_050_5889_2021, prefix: "1.02.02.2.02.", first: 10) {
                    totalCount edges { node { code canonicalCode level name indicator unit } } } }""").execute();
        read.path("nomenclature.totalCount").entity(Integer.class).isEqualTo(6);
        read.path("nomenclature.edges[0].node.code").entity(String.class).isEqualTo("1.02.02.2.02.01");
        read.path("nomenclature.edges[0].node.canonicalCode").entity(String.class).isEqualTo("1.02.02.2.02.0001");
        read.path("nomenclature.edges[0].node.indicator").entity(String.class)
                .isEqualTo("Jumlah Ibu Hamil yang Mendapatkan Pelayanan Kesehatan Sesuai Standar");

        var fourDigits = admin.document(IMPORT).variable("in", Map.of("uploadToken", client.upload(published(4)),
                "regulation", "KEPMENDAGRI_900_1317_2023", "dryRun", false)).execute();
        fourDigits.path("importNomenclature.report.ok").entity(Boolean.class).isEqualTo(true);
        fourDigits.path("importNomenclature.added").entity(Integer.class).isEqualTo(0);
        fourDigits.path("importNomenclature.changed").entity(Integer.class).isEqualTo(0);
        fourDigits.path("importNomenclature.removed").entity(Integer.class).isEqualTo(0);
        var kegiatan = new Api(port).anonymous().document("""
                { nomenclature(prefix: "1.02.05.2.03", first: 5) { edges { node { code level name note } } } }""").execute();
        kegiatan.path("nomenclature.edges[0].node.name").entity(String.class).isEqualTo(
                "Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota");
        kegiatan.path("nomenclature.edges[1].node.code").entity(String.class).isEqualTo("1.02.05.2.03.0001");
        kegiatan.path("nomenclature.edges[1].node.note").entity(String.class).isEqualTo("Tidak ada kewenangan provinsi");
    }

    @Test
    void codesOfTheWrongFormatOrWithoutParents_areReported() throws IOException {
        HttpGraphQlTester admin = new Api(port).as(TestTokens.admin("admin-nomenklatur"));
        ExchangeClient client = new ExchangeClient(port, admin);
        byte[] wrong = ExchangeClient.workbook(Map.of("Lampiran", List.of(
                List.of(1, 2, 2, 2.02, 1, "Pengelolaan Pelayanan Kesehatan Ibu Hamil"))));
        var report = admin.document(IMPORT).variable("in", Map.of("uploadToken", client.upload(wrong),
                "regulation", "PERMENDAGRI_90_2019", "dryRun", false)).execute();
        report.path("importNomenclature.report.ok").entity(Boolean.class).isEqualTo(false);
        report.path("importNomenclature.report.problems[0].code").entity(String.class).isEqualTo("NOMENCLATURE_PARENT_MISSING");
        report.path("importNomenclature.release.importedAt").valueIsNull();
        byte[] fourInTwo = ExchangeClient.workbook(Map.of("Lampiran", List.of(List.of("1.02.02.2.02.0001", "Ibu hamil"))));
        admin.document(IMPORT).variable("in", Map.of("uploadToken", client.upload(fourInTwo), "regulation", "PERMENDAGRI_90_2019"))
                .execute().path("importNomenclature.report.problems[0].code").entity(String.class).isEqualTo("INVALID_CODE");
        assertThat(report).isNotNull();
    }
}
