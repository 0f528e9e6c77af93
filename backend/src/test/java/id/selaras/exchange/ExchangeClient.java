package id.selaras.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Uploads, dry runs, imports and downloads through the public API, as a client would. */
final class ExchangeClient {

    static final String REPORT = """
            ok problemCount rowsRead formulaCells
            problems { sheet row column code message messageId messageEn }
            changes { item action code sheet row fields }
            counts { item action count }
            mapping { sheet headerRow firstDataRow columns { column field year header } }""";

    private final int port;
    private final HttpGraphQlTester api;

    ExchangeClient(int port, HttpGraphQlTester api) {
        this.port = port;
        this.api = api;
    }

    WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(java.time.Duration.ofMinutes(5))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(128 * 1024 * 1024)).build();
    }

    String uploadUrl() {
        return api.document("mutation { createImportUpload(input: {}) { upload { url maxBytes } } }").execute()
                .path("createImportUpload.upload.url").entity(String.class).get();
    }

    /** Uploads a file and returns its upload token. */
    String upload(byte[] content) {
        Map<?, ?> receipt = http().post().uri(uploadUrl()).bodyValue(content).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) receipt.get("uploadToken");
    }

    GraphQlTester.Response dryRun(Map<String, Object> input) {
        return api.document("mutation($in: ImportPlanInput!) { importPlanDryRun(input: $in) { dryRunId report { "
                + REPORT + " } } }").variable("in", input).execute();
    }

    GraphQlTester.Response apply(Map<String, Object> applyInput) {
        return api.document("mutation($in: ApplyPlanImportInput!) { applyPlanImport(input: $in) { planVersion { id number status }"
                + " report { " + REPORT + " } } }").variable("in", applyInput).execute();
    }

    /** A download link's file. */
    byte[] download(String url) {
        return http().get().uri(url).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    byte[] export(String versionId, String format) {
        String url = api.document("query($v: ID!, $f: ExportFormat!) { planExport(planVersion: $v, format: $f) { url } }")
                .variable("v", versionId).variable("f", format).execute().path("planExport.url").entity(String.class).get();
        return download(url);
    }

    /** A workbook with these sheets (name → rows of cells: String, Number, or null for blank). */
    static byte[] workbook(Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                var sheet = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    var row = sheet.createRow(r);
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            });
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
