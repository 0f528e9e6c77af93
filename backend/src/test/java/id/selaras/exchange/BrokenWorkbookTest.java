package id.selaras.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken workbooks: each gets a clear report (sheet, row, column, message in both languages) from the dry run,
 * and applying it writes nothing at all.
 */
@IntegrationTest
class BrokenWorkbookTest {

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    Fixtures.World world;
    ExchangeClient client;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        client = new ExchangeClient(port, new Api(port).as(TestTokens.planner("planner-" + world.region().code(),
                world.region().code())));
    }

    /** Dry-runs and applies the file; asserts the problem is reported and nothing was written. Returns the problems. */
    List<Map<String, Object>> rejected(byte[] file, String code, String sheet, Integer row, String column) {
        String token = client.upload(file);
        Map<String, Object> request = Map.of("uploadToken", token, "planVersionId", world.draftId());
        GraphQlTester.Response dry = client.dryRun(request);
        dry.errors().verify();
        dry.path("importPlanDryRun.report.ok").entity(Boolean.class).isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) (List<?>) dry.path("importPlanDryRun.report.problems")
                .entityList(Map.class).get();
        assertThat(problems).as(problems.toString()).anySatisfy(p -> {
            assertThat(p.get("code")).isEqualTo(code);
            assertThat(p.get("sheet")).isEqualTo(sheet);
            assertThat(p.get("row")).isEqualTo(row);
            assertThat(p.get("column")).isEqualTo(column);
            assertThat((String) p.get("messageId")).isNotBlank().doesNotContain("error.");
            assertThat((String) p.get("messageEn")).isNotBlank().isNotEqualTo(p.get("messageId"));
        });
        String before = DatabaseSnapshot.take(db);
        GraphQlTester.Response applied = client.apply(Map.of("request", request));
        applied.errors().verify();
        applied.path("applyPlanImport.planVersion").valueIsNull();
        applied.path("applyPlanImport.report.ok").entity(Boolean.class).isEqualTo(false);
        assertThat(DatabaseSnapshot.take(db)).as("nothing written").isEqualTo(before);
        return problems;
    }

    @Test
    void aValidWorkbook_isAccepted() {
        String token = client.upload(new TemplateRows().bytes());
        var applied = client.apply(Map.of("request", Map.of("uploadToken", token, "planVersionId", world.draftId())));
        applied.errors().verify();
        applied.path("applyPlanImport.report.ok").entity(Boolean.class).isEqualTo(true);
        applied.path("applyPlanImport.report.counts[*].count").entityList(Integer.class).hasSizeGreaterThan(0);
        Long indicators = db.sql("SELECT count(*) AS n FROM indicator WHERE plan_version_id = :v").bind("v", world.draft().id())
                .map(r -> r.get("n", Long.class)).one().block();
        assertThat(indicators).isEqualTo(2);
        Long ranges = db.sql("SELECT count(*) AS n FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id"
                + " WHERE i.plan_version_id = :v AND t.min_value = 85 AND t.max_value = 90").bind("v", world.draft().id())
                .map(r -> r.get("n", Long.class)).one().block();
        assertThat(ranges).isEqualTo(1);
    }

    @Test
    void missingColumns_areReportedByName() {
        TemplateRows t = new TemplateRows().set("Indikator", 0, 3, "Unit").set("Indikator", 0, 11, "Arah");
        var problems = rejected(t.bytes(), "MISSING_COLUMN", "Indikator", 1, null);
        assertThat(problems).extracting(p -> p.get("messageEn")).contains("The column \"Satuan\" is missing from the header row.",
                "The column \"Polaritas\" is missing from the header row.");
    }

    @Test
    void badCodes_areReportedOnTheirCells() {
        TemplateRows t = new TemplateRows().add("Kaskade", TemplateRows.row("1.2.3", "S1.1.1", "Program", "Program kode salah"))
                .add("Kaskade", TemplateRows.row("1.03.02.2.01", "1.02.02", "Kegiatan", "Kegiatan di bawah program lain"))
                .add("Kaskade", TemplateRows.row("S9", "T9", "Sasaran", "Sasaran tanpa induk"));
        var problems = rejected(t.bytes(), "INVALID_CODE", "Kaskade", 8, "A");
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("code", "CODE_NOT_UNDER_PARENT").containsEntry("row", 9));
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("code", "UNKNOWN_PARENT").containsEntry("row", 10)
                .containsEntry("column", "B"));
        assertThat(problems).extracting(p -> p.get("code")).doesNotContain("ROOT_KIND_NOT_ALLOWED");
    }

    @Test
    void textInNumberCells_isReportedOnTheCell() {
        TemplateRows t = new TemplateRows().set("Indikator", 1, 17, "turun").set("Indikator", 1, 15, "n/a");
        var problems = rejected(t.bytes(), "NOT_A_NUMBER", "Indikator", 2, "R");
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("column", "P").containsEntry("code", "NOT_A_NUMBER"));
        assertThat(problems).anySatisfy(p -> assertThat((String) p.get("messageId")).isEqualTo("\"turun\" bukan angka."));
    }

    @Test
    void rulesOfTheServices_areReportedOnTheCell() {
        // a range indicator needs ranges; a target year outside the period is refused: the services' own rules
        TemplateRows t = new TemplateRows().set("Indikator", 2, 17, 86).set("Indikator", 0, 20, "Target 2031");
        var problems = rejected(t.bytes(), "RANGE_REQUIRED", "Indikator", 3, "R");
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("code", "YEAR_OUTSIDE_PERIOD").containsEntry("column", "U"));
    }

    @Test
    void duplicateRows_areReportedWithTheFirstRow() {
        TemplateRows t = new TemplateRows().add("Kaskade", TemplateRows.row("M1", "V", "Misi", "Misi yang sama lagi"))
                .add("Indikator", TemplateRows.row("IKU-1", "S1.1.1", "Lagi", "%", null, null, null, null, null, null, null,
                        "Semakin tinggi semakin baik", "Kumulatif"));
        var problems = rejected(t.bytes(), "DUPLICATE_ROW", "Kaskade", 8, "A");
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("sheet", "Indikator").containsEntry("row", 4)
                .containsEntry("messageEn", "The code IKU-1 is already used in row 2."));
    }

    @Test
    void unknownWordsAndOpds_areReported() {
        TemplateRows t = new TemplateRows().set("Indikator", 1, 11, "Makin bagus").set("Kaskade", 5, 5, "DINAS-ENTAH");
        var problems = rejected(t.bytes(), "UNKNOWN_VALUE", "Indikator", 2, "L");
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("code", "UNKNOWN_OPD").containsEntry("column", "F"));
    }

    @Test
    void hiddenSheetsMergedCellsAndUncalculatedFormulas_areReported() {
        byte[] file = Workbooks.edit(new TemplateRows().bytes(), wb -> {
            wb.setSheetHidden(wb.getSheetIndex("OPD"), true);
            wb.getSheet("Kaskade").addMergedRegion(new CellRangeAddress(2, 3, 4, 4));
            var row = wb.getSheet("Indikator").getRow(1);
            row.removeCell(row.getCell(16));
            row.createCell(16).setCellFormula("89-1");
        });
        var problems = rejected(file, "HIDDEN_SHEET", "OPD", null, null);
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("code", "MERGED_CELLS").containsEntry("sheet", "Kaskade"));
        assertThat(problems).anySatisfy(p -> assertThat(p).containsEntry("code", "FORMULA_WITHOUT_VALUE")
                .containsEntry("column", "Q").containsEntry("row", 2));
    }

    @Test
    void formulasWithSavedValues_areImportedAsTheirValues() {
        byte[] file = Workbooks.edit(new TemplateRows().bytes(), wb -> {
            var cell = wb.getSheet("Indikator").getRow(1).getCell(16);
            cell.setCellFormula("89-1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        var dry = client.dryRun(Map.of("uploadToken", client.upload(file), "planVersionId", world.draftId()));
        dry.path("importPlanDryRun.report.ok").entity(Boolean.class).isEqualTo(true);
        dry.path("importPlanDryRun.report.formulaCells").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAWorkbook_isReported() {
        rejected("kode;nama\n1;x\n".getBytes(StandardCharsets.UTF_8), "NOT_XLSX", null, null, null);
    }

    @Test
    void aZipBomb_isRefusedBeforeItExpands() throws IOException {
        rejected(bomb(new TemplateRows().bytes(), 64 * 1024 * 1024), "ZIP_BOMB", "Indikator", null, null);
    }

    @Test
    void a50MegabyteFile_isRefusedAtUpload() {
        byte[] big = new byte[50 * 1024 * 1024];
        new java.util.Random(7).nextBytes(big);
        String before = DatabaseSnapshot.take(db);
        long uploads = uploads();
        Map<?, ?> body = client.http().post().uri(client.uploadUrl()).bodyValue(big).exchange()
                .expectStatus().isEqualTo(413).expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Map<?, ?>) body.get("error")).get("code")).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat((String) ((Map<?, ?>) body.get("error")).get("message")).contains("20 MB");
        assertThat(uploads()).isEqualTo(uploads);
        assertThat(DatabaseSnapshot.take(db)).isEqualTo(before);
    }

    @Test
    void aTamperedUploadLink_isRefused() {
        String url = client.uploadUrl();
        client.http().post().uri(url.substring(0, url.length() - 3) + "abc").bodyValue(new byte[] {1}).exchange()
                .expectStatus().isForbidden();
    }

    private long uploads() {
        return db.sql("SELECT count(*) AS n FROM exchange_upload").map(r -> r.get("n", Long.class)).one().block();
    }

    /** The workbook with the indicator sheet padded by {@code padding} bytes of whitespace: tiny compressed, huge expanded. */
    static byte[] bomb(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet4.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < padding / spaces.length; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
