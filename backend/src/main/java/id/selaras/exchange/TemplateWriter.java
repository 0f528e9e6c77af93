package id.selaras.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.selaras.cascade.CascadeNode;
import id.selaras.exchange.xlsx.SheetWriter;
import id.selaras.indicator.Indicator;
import id.selaras.region.OrganisationUnit;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the import template: empty (with headers, guidance and drop-down lists) or filled with a plan version,
 * in exactly the layout {@link TemplateParser} reads, so that an export imports back unchanged.
 */
final class TemplateWriter {

    private TemplateWriter() {
    }

    static byte[] write(PlanSnapshot snapshot, Instant exportedAt) throws IOException {
        PlanView view = new PlanView(snapshot);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            guide(new SheetWriter(wb, TemplateSheets.GUIDE));
            plan(new SheetWriter(wb, TemplateSheets.PLAN), snapshot, exportedAt);
            SheetWriter opds = new SheetWriter(wb, TemplateSheets.OPD).header(headers(TemplateSheets.OPD_COLUMNS), List.of(26, 50, 16));
            for (OrganisationUnit o : snapshot.opds()) {
                opds.row(java.util.Arrays.asList(o.code(), o.name(), o.shortName()));
            }
            SheetWriter nodes = new SheetWriter(wb, TemplateSheets.CASCADE)
                    .header(headers(TemplateSheets.CASCADE_COLUMNS), List.of(20, 16, 14, 60, 40, 30, 20))
                    .choices(2, Labels.KIND.choices());
            for (CascadeNode n : snapshot.nodes()) {
                CascadeNode parent = n.parentId() == null ? null : view.node(n.parentId());
                List<String> supports = snapshot.supports().getOrDefault(n.id(), List.of()).stream()
                        .map(id -> view.node(id) == null ? null : view.node(id).code()).filter(java.util.Objects::nonNull)
                        .sorted().toList();
                nodes.row(java.util.Arrays.asList(n.code(), parent == null ? null : parent.code(), Labels.KIND.label(n.kind()),
                        n.title(), n.description(), view.opdLabels(snapshot.opdsOfNode(n.id())), String.join("; ", supports)));
            }
            indicators(new SheetWriter(wb, TemplateSheets.INDICATORS), view);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static void indicators(SheetWriter sheet, PlanView view) {
        List<String> headers = new ArrayList<>(headers(TemplateSheets.INDICATOR_COLUMNS));
        view.years().forEach(y -> headers.add(TemplateSheets.TARGET_PREFIX + y));
        headers.addAll(headers(TemplateSheets.INDICATOR_TAIL));
        List<Integer> widths = new ArrayList<>(List.of(16, 18, 50, 12, 40, 30, 24, 30, 20, 12, 30, 26, 16, 10, 10, 10));
        view.years().forEach(y -> widths.add(12));
        widths.addAll(List.of(12, 30));
        sheet.header(headers, widths).choices(9, Labels.FREQUENCY.choices()).choices(11, Labels.POLARITY.choices())
                .choices(12, Labels.AGGREGATION.choices()).choices(13, Labels.TYPE.choices());
        for (Indicator i : view.plan.indicators()) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(i.code(), view.node(i.nodeId()).code(), i.name(),
                    i.unit(), i.definition(), i.formula(), i.dataSource(), i.concept(), i.classification(),
                    Labels.FREQUENCY.label(i.frequency()), i.selectionReason(), Labels.POLARITY.label(i.polarity()),
                    Labels.AGGREGATION.label(i.aggregation()), Labels.TYPE.label(i.type()),
                    i.baseline() == null ? null : i.baseline().year(), i.baseline() == null ? null : i.baseline().value()));
            view.years().forEach(y -> row.add(PlanView.cell(PlanView.ofYear(view.plan.targetsOf(i.id()), y))));
            row.add(PlanView.cell(i.endTarget()));
            row.add(view.opdLabels(view.plan.opdsOfIndicator(i.id())));
            sheet.row(row);
        }
    }

    private static void plan(SheetWriter sheet, PlanSnapshot s, Instant exportedAt) {
        sheet.header(List.of("Isian", "Nilai"), List.of(22, 60));
        sheet.row(List.of("Jenis Rencana", s.scope().kind().name()));
        sheet.row(java.util.Arrays.asList("Judul", s.plan() == null ? null : s.plan().title()));
        sheet.row(java.util.Arrays.asList("Kode Wilayah", s.scope().regionCode()));
        sheet.row(java.util.Arrays.asList("Nama Wilayah", s.region() == null ? null : s.region().name()));
        sheet.row(List.of("Tahun Awal", s.scope().periodStart()));
        sheet.row(List.of("Tahun Akhir", s.scope().periodEnd()));
        sheet.row(java.util.Arrays.asList("Versi", s.version() == null ? null : s.version().number() + " (" + s.version().status() + ")"));
        sheet.row(java.util.Arrays.asList("Diekspor Pada", exportedAt == null ? null : exportedAt.toString()));
    }

    private static void guide(SheetWriter sheet) {
        sheet.header(List.of("Petunjuk pengisian (lihat docs/import-template.md)"), List.of(120));
        for (String line : List.of(
                "Lembar Rencana: jenis, judul dan periode rencana (dipakai bila impor membuat rencana baru).",
                "Lembar OPD: kode (Permendagri 90/2019, mis. 1.02.0.00.0.00.01.0000), nama dan singkatan perangkat daerah.",
                "Lembar Kaskade: satu baris per simpul; Kode Induk menunjuk baris lain; Jenis: Visi, Misi, Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan.",
                "Program/kegiatan/sub kegiatan memakai kode nomenklatur (1.02.02, 1.02.02.2.02, 1.02.02.2.02.0001 atau .01).",
                "OPD Penanggung Jawab dan Mendukung Juga: beberapa nilai dipisah titik koma (;); OPD boleh disebut dengan kode atau singkatan.",
                "Lembar Indikator: satu baris per indikator; Kode Node menunjuk baris lembar Kaskade; satu kolom Target per tahun.",
                "Target rentang ditulis 80–90 dalam satu sel; angka desimal dengan titik atau koma, tanpa pemisah ribuan.",
                "Rumus boleh dipakai: yang diimpor adalah nilai terakhir yang dihitung dan disimpan oleh aplikasi lembar kerja.",
                "Jangan menggabungkan sel (merge) pada baris data dan jangan menyembunyikan lembar.",
                "Impor berpasangan dengan kode: mengimpor ulang berkas yang sama tidak mengubah apa pun.")) {
            sheet.row(List.of(line));
        }
    }

    static List<String> headers(List<TemplateSheets.Column> columns) {
        return columns.stream().map(TemplateSheets.Column::header).toList();
    }
}
