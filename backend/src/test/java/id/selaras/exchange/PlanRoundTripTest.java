package id.selaras.exchange;

import java.util.List;
import java.util.Map;

import id.selaras.IntegrationTest;
import id.selaras.common.GlobalId;
import id.selaras.testing.Fixtures;
import id.selaras.region.Region;
import id.selaras.region.RegionLevel;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import id.selaras.testing.Api;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo plan (RPJMD Kota Magelang) exported to the template workbook, imported into an empty region and
 * exported again gives the same cells; importing the same file again changes nothing; a changed file changes only
 * what changed, and the events say so.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanRoundTripTest {

    @Autowired Fixtures fixtures;
    @Autowired RegionService regions;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    String demoVersion;
    byte[] exported;

    @BeforeAll
    void exportTheDemoPlan() {
        Long adopted = db.sql("""
                        SELECT v.id FROM plan_version v JOIN plan p ON p.id = v.plan_id JOIN region r ON r.id = p.region_id
                        WHERE r.code = '33.71' AND v.status IN ('ADOPTED', 'SUPERSEDED') ORDER BY v.number LIMIT 1""")
                .map(r -> r.get("id", Long.class)).one()
                .block();
        if (adopted == null) {
            // with the reference plans its indicators align to (run alone, no other test has loaded them)
            adopted = fixtures.demo().basedOnId();
        }
        demoVersion = GlobalId.encode("PlanVersion", adopted);
        exported = new ExchangeClient(port, new Api(port).anonymous()).export(demoVersion, "WORKBOOK");
    }

    record Imported(String region, String versionId, ExchangeClient client) {
    }

    /** A new kota with no OPDs and no plan, and the demo workbook imported into it as a new plan. */
    Imported importIntoEmptyRegion() {
        int n = (int) (System.nanoTime() % 90);
        Region province = regions.regionByCode("98").switchIfEmpty(regions.createRegion(Actor.SYSTEM, "98", "Provinsi Uji Impor",
                RegionLevel.PROVINSI, null)).block();
        String code = "98." + String.format("%02d", 10 + n);
        while (regions.regionByCode(code).block() != null) {
            n = (n + 1) % 90;
            code = "98." + String.format("%02d", 10 + n);
        }
        Region kota = regions.createRegion(Actor.SYSTEM, code, "Kota Impor " + code, RegionLevel.KOTA, province.id()).block();
        ExchangeClient client = new ExchangeClient(port, new Api(port).as(TestTokens.planner("planner-" + code, code)));
        String token = client.upload(exported);
        var dry = client.dryRun(Map.of("uploadToken", token, "newPlan", Map.of("regionId", GlobalId.encode("Region", kota.id()))));
        dry.errors().verify();
        dry.path("importPlanDryRun.report.ok").entity(Boolean.class).isEqualTo(true);
        String dryRunId = dry.path("importPlanDryRun.dryRunId").entity(String.class).get();
        var applied = client.apply(Map.of("dryRunId", dryRunId));
        applied.errors().verify();
        applied.path("applyPlanImport.report.ok").entity(Boolean.class).isEqualTo(true);
        String version = applied.path("applyPlanImport.planVersion.id").entity(String.class).get();
        return new Imported(code, version, client);
    }

    @Test
    void exportImportExport_givesTheSameCells() {
        Imported imported = importIntoEmptyRegion();
        byte[] again = imported.client().export(imported.versionId(), "WORKBOOK");
        List<String> before = Workbooks.cells(exported);
        assertThat(before).hasSizeGreaterThan(5000);
        assertThat(Workbooks.cells(again)).containsExactlyElementsOf(before);
    }

    @Test
    void reimportingTheSameFile_changesNothing() {
        Imported imported = importIntoEmptyRegion();
        ExchangeClient client = imported.client();
        String token = client.upload(exported);
        Map<String, Object> request = Map.of("uploadToken", token, "planVersionId", imported.versionId());
        var dry = client.dryRun(request);
        dry.path("importPlanDryRun.report.ok").entity(Boolean.class).isEqualTo(true);
        dry.path("importPlanDryRun.report.changes").entityList(Object.class).hasSize(0);
        String before = DatabaseSnapshot.take(db);
        var applied = client.apply(Map.of("request", request));
        applied.errors().verify();
        applied.path("applyPlanImport.planVersion.id").entity(String.class).isEqualTo(imported.versionId());
        assertThat(DatabaseSnapshot.take(db)).as("nothing written, no event").isEqualTo(before);
    }

    @Test
    void aChangedFile_updatesOnlyWhatChanged_andTheEventsSaySo() {
        Imported imported = importIntoEmptyRegion();
        long versionId = GlobalId.decode("PlanVersion", imported.versionId(), "v");
        byte[] changed = Workbooks.edit(exported, wb -> {
            var indicators = wb.getSheet("Indikator");
            int row = Workbooks.rowOf(indicators, "IKU-01");
            int target2019 = header(indicators, "Target 2019");
            indicators.getRow(row).getCell(target2019).setCellValue(7.0);
            var nodes = wb.getSheet("Kaskade");
            nodes.getRow(Workbooks.rowOf(nodes, "M1")).getCell(3).setCellValue("Misi pertama (dirumuskan ulang)");
        });
        long eventsBefore = events(versionId);
        var dry = imported.client().dryRun(Map.of("uploadToken", imported.client().upload(changed), "planVersionId",
                imported.versionId()));
        dry.path("importPlanDryRun.report.changes[*].code").entityList(String.class).containsExactly("M1", "IKU-01");
        dry.path("importPlanDryRun.report.changes[0].fields").entityList(String.class).containsExactly("title");
        dry.path("importPlanDryRun.report.changes[1].fields").entityList(String.class).containsExactly("targets");
        String dryRunId = dry.path("importPlanDryRun.dryRunId").entity(String.class).get();
        imported.client().apply(Map.of("dryRunId", dryRunId)).path("applyPlanImport.report.ok").entity(Boolean.class).isEqualTo(true);
        List<String> written = db.sql("SELECT entity_type || ':' || action AS e FROM event WHERE plan_version_id = :v"
                        + " ORDER BY sequence DESC LIMIT 3").bind("v", versionId).map(r -> r.get("e", String.class)).all()
                .collectList().block();
        assertThat(events(versionId) - eventsBefore).isEqualTo(3);
        assertThat(written).containsExactly("PlanImport:CREATED", "Indicator:UPDATED", "CascadeNode:UPDATED");
        // applying the same dry run twice is refused
        imported.client().apply(Map.of("dryRunId", dryRunId)).errors().satisfy(e -> assertThat(e).isNotEmpty());
    }

    private long events(long versionId) {
        return db.sql("SELECT count(*) AS n FROM event WHERE plan_version_id = :v").bind("v", versionId)
                .map(r -> r.get("n", Long.class)).one().block();
    }

    private static int header(org.apache.poi.ss.usermodel.Sheet sheet, String name) {
        for (var cell : sheet.getRow(0)) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
