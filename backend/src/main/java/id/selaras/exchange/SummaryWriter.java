package id.selaras.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a printable summary of a plan version: one HTML page with print styles (A4 landscape, repeated table
 * headers, no page break inside a row) that a browser prints or saves as PDF. The cascade reads top-down with each
 * node's indicators, baselines and targets.
 */
final class SummaryWriter {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;font-size:11pt;color:#111;margin:1.5rem}
            h1{font-size:16pt;margin:0}p.meta{color:#444;margin:.2rem 0 1rem}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3px 5px;vertical-align:top}
            th{background:#eee;text-align:left}td.n{text-align:right;white-space:nowrap}
            tr.node td{background:#f6f6f6;font-weight:600}tr.VISI td,tr.MISI td{background:#e4e9f2}
            @page{size:A4 landscape;margin:12mm}
            @media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}}""";

    private SummaryWriter() {
    }

    static byte[] write(PlanSnapshot s) {
        PlanView view = new PlanView(s);
        List<Integer> years = view.years();
        Map<Long, List<Indicator>> byNode = s.indicatorsByNode();
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>");
        String title = s.plan() == null ? s.scope().kind().name() : s.plan().title();
        h.append(e(title)).append("</title><style>").append(STYLE).append("</style></head><body><main><h1>").append(e(title))
                .append("</h1><p class=\"meta\">").append(e(s.region() == null ? "" : s.region().name())).append(" · periode ")
                .append(s.scope().periodStart()).append("–").append(s.scope().periodEnd()).append(" · versi ")
                .append(s.version() == null ? "" : s.version().number() + " (" + s.version().status() + ")").append(" · ")
                .append(s.nodes().size()).append(" simpul, ").append(s.indicators().size()).append(" indikator</p>");
        h.append("<table><thead><tr><th>Kode</th><th>Uraian / Indikator</th><th>Satuan</th><th>Baseline</th>");
        years.forEach(y -> h.append("<th>").append(y).append("</th>"));
        h.append("<th>Akhir</th><th>Penanggung jawab</th></tr></thead><tbody>");
        for (CascadeNode n : s.nodes()) {
            h.append("<tr class=\"node ").append(n.kind()).append("\"><td>").append(e(n.code())).append("</td><td colspan=\"")
                    .append(years.size() + 4).append("\">").append(e(Labels.KIND.label(n.kind()))).append(": ").append(e(n.title()))
                    .append("</td><td>").append(e(view.opdNames(s.opdsOfNode(n.id())))).append("</td></tr>");
            for (Indicator i : byNode.getOrDefault(n.id(), List.of())) {
                h.append("<tr><td>").append(e(i.code())).append("</td><td>").append(e(i.name())).append("</td><td>")
                        .append(e(i.unit())).append("</td><td class=\"n\">")
                        .append(i.baseline() == null ? "" : num(i.baseline().value()) + " (" + i.baseline().year() + ")").append("</td>");
                years.forEach(y -> h.append("<td class=\"n\">").append(e(cell(PlanView.ofYear(s.targetsOf(i.id()), y)))).append("</td>"));
                h.append("<td class=\"n\">").append(e(cell(i.endTarget()))).append("</td><td>")
                        .append(e(view.opdNames(view.responsible(i)))).append("</td></tr>");
            }
        }
        h.append("</tbody></table></main></body></html>");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(id.selaras.indicator.Target t) {
        Object c = PlanView.cell(t);
        return c == null ? "" : c instanceof Double d ? num(d) : c.toString();
    }

    private static String num(double d) {
        return id.selaras.exchange.xlsx.XlsxCell.plain(d);
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
