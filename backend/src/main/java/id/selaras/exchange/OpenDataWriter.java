package id.selaras.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Target;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a plan version as open data, one record per indicator with the Satu Data Indonesia metadata (Perpres
 * 39/2019 Pasal 4: konsep, definisi, klasifikasi, ukuran, satuan; plus sumber, frekuensi and produsen data = the
 * responsible OPDs), its place in the cascade, baseline and targets: as CSV (RFC 4180, UTF-8) and as JSON.
 */
final class OpenDataWriter {

    static final List<String> FIELDS = List.of("kode_wilayah", "rencana", "periode", "kode_indikator", "nama_indikator",
            "konsep", "definisi", "klasifikasi", "ukuran", "satuan", "sumber_data", "frekuensi", "produsen_data",
            "jenis_simpul", "kode_simpul", "uraian_simpul", "tipe", "polaritas", "agregasi", "tahun_baseline",
            "nilai_baseline");

    private OpenDataWriter() {
    }

    static byte[] csv(PlanSnapshot s) {
        PlanView view = new PlanView(s);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(FIELDS);
        view.years().forEach(y -> header.add("target_" + y));
        header.add("target_akhir");
        line(out, header);
        for (Indicator i : s.indicators()) {
            Map<String, Object> r = record(view, i);
            List<String> cells = new ArrayList<>();
            FIELDS.forEach(f -> cells.add(r.get(f) == null ? "" : String.valueOf(r.get(f))));
            view.years().forEach(y -> cells.add(text(PlanView.ofYear(s.targetsOf(i.id()), y))));
            cells.add(text(i.endTarget()));
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(PlanSnapshot s, ObjectMapper mapper, Instant exportedAt) {
        PlanView view = new PlanView(s);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("standar", "Satu Data Indonesia (Perpres 39/2019): konsep, definisi, klasifikasi, ukuran, satuan");
        root.put("kode_wilayah", s.scope().regionCode());
        root.put("nama_wilayah", s.region() == null ? null : s.region().name());
        root.put("rencana", s.plan() == null ? null : s.plan().title());
        root.put("jenis_rencana", s.scope().kind().name());
        root.put("periode", Map.of("awal", s.scope().periodStart(), "akhir", s.scope().periodEnd()));
        root.put("versi", s.version() == null ? null : Map.of("nomor", s.version().number(), "status", s.version().status().name()));
        root.put("diekspor_pada", exportedAt.toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            Map<String, Object> r = record(view, i);
            List<Map<String, Object>> targets = new ArrayList<>();
            s.targetsOf(i.id()).forEach(t -> targets.add(target(t)));
            r.put("target", targets);
            r.put("target_akhir", i.endTarget() == null ? null : target(i.endTarget()));
            list.add(r);
        }
        root.put("indikator", list);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static Map<String, Object> record(PlanView view, Indicator i) {
        CascadeNode node = view.node(i.nodeId());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kode_wilayah", view.plan.scope().regionCode());
        r.put("rencana", view.plan.plan() == null ? null : view.plan.plan().title());
        r.put("periode", view.plan.scope().periodStart() + "-" + view.plan.scope().periodEnd());
        r.put("kode_indikator", i.code());
        r.put("nama_indikator", i.name());
        r.put("konsep", i.concept());
        r.put("definisi", i.definition());
        r.put("klasifikasi", i.classification());
        r.put("ukuran", i.formula());
        r.put("satuan", i.unit());
        r.put("sumber_data", i.dataSource());
        r.put("frekuensi", Labels.FREQUENCY.label(i.frequency()));
        r.put("produsen_data", view.opdNames(view.responsible(i)));
        r.put("jenis_simpul", Labels.KIND.label(node.kind()));
        r.put("kode_simpul", node.code());
        r.put("uraian_simpul", node.title());
        r.put("tipe", i.type() == null ? null : i.type().name());
        r.put("polaritas", Labels.POLARITY.label(i.polarity()));
        r.put("agregasi", Labels.AGGREGATION.label(i.aggregation()));
        r.put("tahun_baseline", i.baseline() == null ? null : i.baseline().year());
        r.put("nilai_baseline", i.baseline() == null ? null : i.baseline().value());
        return r;
    }

    private static Map<String, Object> target(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tahun", t.year());
        if (t.range()) {
            m.put("min", t.min());
            m.put("maks", t.max());
        } else {
            m.put("nilai", t.value());
        }
        return m;
    }

    private static String text(Target t) {
        Object c = PlanView.cell(t);
        return c == null ? "" : c instanceof Double d ? id.selaras.exchange.xlsx.XlsxCell.plain(d) : c.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k);
            if (k > 0) {
                out.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}
