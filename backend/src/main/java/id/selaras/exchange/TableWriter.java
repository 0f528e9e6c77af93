package id.selaras.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.exchange.xlsx.SheetWriter;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the tables the regulations use (DOMAIN.md §1.4): the IKU table (Penetapan Indikator Kinerja Utama) and
 * T-C.27 (program, kegiatan and sub-kegiatan with indicators and targets). Cells are not merged, so both tables
 * read back through the table import with the guessed mapping.
 */
final class TableWriter {

    private TableWriter() {
    }

    static byte[] iku(PlanSnapshot snapshot) throws IOException {
        PlanView view = new PlanView(snapshot);
        List<Integer> years = view.years();
        return write(wb -> {
            SheetWriter sheet = new SheetWriter(wb, "IKU").title("Penetapan Indikator Kinerja Utama")
                    .title(title(snapshot)).blank();
            List<String> headers = new ArrayList<>(List.of("No", "Indikator", "Satuan",
                    "Kondisi Kinerja Awal (" + baselineYear(snapshot) + ")"));
            years.forEach(y -> headers.add("Target " + y));
            headers.addAll(List.of("Kondisi Kinerja Akhir", "Penanggung Jawab"));
            sheet.header(headers, widths(6, 60, 12, 16, years.size(), 40));
            int no = 1;
            for (Indicator i : snapshot.indicators()) {
                if (i.type() != IndicatorType.IKU) {
                    continue;
                }
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(no++, i.name(), i.unit(),
                        i.baseline() == null ? null : i.baseline().value()));
                years.forEach(y -> row.add(PlanView.cell(PlanView.ofYear(snapshot.targetsOf(i.id()), y))));
                row.add(PlanView.cell(i.endTarget()));
                row.add(view.opdNames(view.responsible(i)));
                sheet.row(row);
            }
        });
    }

    static byte[] tc27(PlanSnapshot snapshot) throws IOException {
        PlanView view = new PlanView(snapshot);
        List<Integer> years = view.years();
        var byNode = snapshot.indicatorsByNode();
        return write(wb -> {
            SheetWriter sheet = new SheetWriter(wb, "T-C.27")
                    .title("Tabel T-C.27 Rencana Program, Kegiatan dan Sub Kegiatan").title(title(snapshot)).blank();
            List<String> headers = new ArrayList<>(List.of("Tujuan", "Sasaran", "Kode",
                    "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Data Capaian Awal (" + baselineYear(snapshot) + ")"));
            years.forEach(y -> headers.add("Target " + y));
            headers.addAll(List.of("Kondisi Kinerja Akhir Periode", "Unit Kerja Penanggung Jawab"));
            sheet.header(headers, widths(40, 40, 20, 50, 50, 12, 14, years.size(), 40));
            for (CascadeNode n : snapshot.nodes()) {
                if (!n.kind().nomenclature()) {
                    continue;
                }
                CascadeNode tujuan = view.ancestor(n, CascadeKind.TUJUAN);
                CascadeNode sasaran = view.ancestor(n, CascadeKind.SASARAN);
                List<Indicator> list = byNode.getOrDefault(n.id(), List.of());
                for (Indicator i : list.isEmpty() ? java.util.Collections.<Indicator>singletonList(null) : list) {
                    List<Object> row = new ArrayList<>(java.util.Arrays.asList(tujuan == null ? null : tujuan.title(),
                            sasaran == null ? null : sasaran.title(), n.code(), n.title(),
                            i == null ? null : i.name(), i == null ? null : i.unit(),
                            i == null || i.baseline() == null ? null : i.baseline().value()));
                    years.forEach(y -> row.add(i == null ? null : PlanView.cell(PlanView.ofYear(snapshot.targetsOf(i.id()), y))));
                    row.add(i == null ? null : PlanView.cell(i.endTarget()));
                    row.add(view.opdNames(i == null ? snapshot.opdsOfNode(n.id()) : view.responsible(i)));
                    sheet.row(row);
                }
            }
        });
    }

    private static String title(PlanSnapshot s) {
        return (s.plan() == null ? s.scope().kind().name() : s.plan().title()) + " — periode " + s.scope().periodStart() + "–"
                + s.scope().periodEnd();
    }

    /** The year most baselines are from (kondisi awal), else the year before the period. */
    private static int baselineYear(PlanSnapshot s) {
        return s.indicators().stream().filter(i -> i.baseline() != null)
                .collect(java.util.stream.Collectors.groupingBy(i -> i.baseline().year(), java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(s.scope().periodStart() - 1);
    }

    private static List<Integer> widths(int... spec) {
        List<Integer> w = new ArrayList<>();
        for (int i = 0; i < spec.length; i++) {
            if (i == spec.length - 2) {
                for (int y = 0; y < spec[i]; y++) {
                    w.add(12);
                }
                w.add(14);
            } else {
                w.add(spec[i]);
            }
        }
        return w;
    }

    @FunctionalInterface
    private interface Body {
        void write(SXSSFWorkbook wb);
    }

    private static byte[] write(Body body) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            body.write(wb);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
