package id.selaras.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import id.selaras.IntegrationTest;
import id.selaras.exchange.xlsx.SheetWriter;
import id.selaras.security.Actor;
import id.selaras.testing.Fixtures;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (tag "benchmark", not part of the default run): time and peak heap to dry-run and apply a workbook of
 * 20,000 data rows (2,000 cascade nodes and 18,000 indicators with five targets each) into an empty draft.
 * Run: {@code mvn -pl backend -am test -Dtest=ImportBenchmark -Dgroups=benchmark -DexcludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures are printed and recorded in docs/import-template.md.
 */
@IntegrationTest
@Tag("benchmark")
class ImportBenchmark {

    static final int NODES = 2000;
    static final int INDICATORS = 18000;

    @Autowired Fixtures fixtures;
    @Autowired UploadService uploads;
    @Autowired PlanImportService imports;

    @Test
    void import20000Rows() throws IOException {
        Fixtures.World w = fixtures.world();
        byte[] file = workbook();
        String token = uploads.store("benchmark", "benchmark.xlsx", file).block().uploadToken();
        PlanImportRequest request = new PlanImportRequest(token, w.draft().id(), null, null, null, false);

        resetPeaks();
        long t0 = System.nanoTime();
        var dry = imports.dryRun(Actor.SYSTEM, request).block();
        long dryMs = (System.nanoTime() - t0) / 1_000_000;
        long dryPeak = peakHeap();
        assertThat(dry.report().ok()).as(dry.report().problems().toString()).isTrue();

        resetPeaks();
        long t1 = System.nanoTime();
        var applied = imports.apply(Actor.SYSTEM, dry.id(), null).block();
        long applyMs = (System.nanoTime() - t1) / 1_000_000;
        long applyPeak = peakHeap();
        assertThat(applied.report().ok()).isTrue();
        assertThat(applied.report().changes().stream().filter(c -> c.item() != ImportChange.Item.OPD)).hasSize(NODES + INDICATORS);

        resetPeaks();
        long t2 = System.nanoTime();
        var again = imports.dryRun(Actor.SYSTEM, new PlanImportRequest(uploads.store("benchmark", "b.xlsx", file).block()
                .uploadToken(), w.draft().id(), null, null, null, false)).block();
        long againMs = (System.nanoTime() - t2) / 1_000_000;
        assertThat(again.report().changes()).isEmpty();
        System.out.printf("%nBENCHMARK import of %d rows (%d KB): dry run %d ms (peak heap %d MB), apply %d ms (peak heap %d MB),"
                        + " re-import dry run %d ms (peak heap %d MB); max heap %d MB%n%n", NODES + INDICATORS, file.length / 1024,
                dryMs, dryPeak >> 20, applyMs, applyPeak >> 20, againMs, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A template workbook: V → 5 misi → 20 tujuan → 100 sasaran → 400 programs → 1,474 kegiatan; indicators spread over them. */
    static byte[] workbook() throws IOException {
        List<String[]> nodes = new ArrayList<>();
        nodes.add(new String[] {"V", "", "Visi", "Visi uji beban"});
        for (int m = 1; m <= 5; m++) {
            nodes.add(new String[] {"M" + m, "V", "Misi", "Misi " + m});
        }
        for (int t = 1; t <= 20; t++) {
            nodes.add(new String[] {"T" + t, "M" + (1 + (t - 1) % 5), "Tujuan", "Tujuan " + t});
        }
        for (int s = 1; s <= 100; s++) {
            nodes.add(new String[] {"S" + s, "T" + (1 + (s - 1) % 20), "Sasaran", "Sasaran " + s});
        }
        for (int p = 0; p < 400; p++) {
            nodes.add(new String[] {program(p), "S" + (1 + p % 100), "Program", "Program uji " + p, "OPD" + (p % 20)});
        }
        for (int k = 0; nodes.size() < NODES; k++) {
            nodes.add(new String[] {program(k % 400) + ".2." + String.format("%02d", 1 + k / 400), program(k % 400), "Kegiatan",
                    "Kegiatan uji " + k, "OPD" + (k % 20)});
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new SheetWriter(wb, "Rencana").row(List.of("Tahun Awal", 2025)).row(List.of("Tahun Akhir", 2029));
            SheetWriter opd = new SheetWriter(wb, "OPD").header(List.of("Kode OPD", "Nama OPD", "Singkatan"), List.of());
            for (int o = 0; o < 20; o++) {
                opd.row(List.of(String.format("1.%02d.0.00.0.00.01.0000", 1 + o), "Dinas Uji " + o, "OPD" + o));
            }
            SheetWriter cascade = new SheetWriter(wb, "Kaskade").header(List.of("Kode", "Kode Induk", "Jenis", "Uraian", "Keterangan",
                    "OPD Penanggung Jawab"), List.of());
            nodes.forEach(n -> cascade.row(java.util.Arrays.asList(n[0], n[1], n[2], n[3], null, n.length > 4 ? n[4] : null)));
            SheetWriter ind = new SheetWriter(wb, "Indikator").header(List.of("Kode Indikator", "Kode Node", "Nama Indikator",
                    "Satuan", "Definisi Operasional", "Sumber Data", "Polaritas", "Agregasi", "Tipe", "Tahun Baseline",
                    "Nilai Baseline", "Target 2025", "Target 2026", "Target 2027", "Target 2028", "Target 2029", "Target Akhir"),
                    List.of());
            for (int i = 0; i < INDICATORS; i++) {
                String[] node = nodes.get(1 + i % (NODES - 1));
                ind.row(List.of("IND-" + i, node[0], "Indikator uji beban nomor " + i, "%", "Definisi operasional indikator " + i,
                        "Badan Pusat Statistik", "Semakin tinggi semakin baik", "Nilai terakhir", "OUTPUT", 2024, 50 + i % 7,
                        51, 52, 53, 54, 55, 55));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static String program(int p) {
        return (1 + p / 200) + "." + String.format("%02d", 1 + (p / 20) % 10) + "." + String.format("%02d", 1 + p % 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
