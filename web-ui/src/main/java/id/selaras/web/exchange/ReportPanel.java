package id.selaras.web.exchange;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import id.selaras.web.Language;
import id.selaras.web.chart.Numbers;

/**
 * An import report as the planner reads it: the verdict, what would change (counts, then every change), and every
 * problem with the sheet, row and column to fix in the spreadsheet. Plain tables, so they can be read aloud and printed.
 */
class ReportPanel extends Div {

    static final int SHOWN_CHANGES = 200;

    ReportPanel(ExchangeClient.Report report) {
        addClassName("import-report");
        Paragraph verdict = new Paragraph(report.ok()
                ? getTranslation("exchange.report.ok", number(report.rowsRead()), number(ImportView.changeCount(report)))
                : getTranslation("exchange.report.problems", number(report.problemCount()), number(report.rowsRead())));
        verdict.addClassName(report.ok() ? "form-notice" : "form-problem");
        verdict.getElement().setAttribute("role", report.ok() ? "status" : "alert");
        add(verdict);
        if (report.formulaCells() > 0) {
            add(new Paragraph(getTranslation("exchange.report.formulas", number(report.formulaCells()))));
        }
        if (!report.problems().isEmpty()) {
            add(new H3(getTranslation("exchange.report.problem-list")));
            add(table(List.of("exchange.col.sheet", "exchange.col.row", "exchange.col.column", "exchange.col.message"),
                    report.problems().stream().map(p -> List.of(text(p.sheet()), p.row() == null ? "" : number(p.row()),
                            text(p.column()), p.message())).toList(), "import-problems"));
            if (report.problemCount() > report.problems().size()) {
                add(new Paragraph(getTranslation("exchange.report.more-problems", number(report.problemCount()
                        - report.problems().size()))));
            }
        }
        if (!report.counts().isEmpty()) {
            add(new H3(getTranslation("exchange.report.counts")));
            add(table(List.of("exchange.col.item", "exchange.col.action", "exchange.col.count"),
                    report.counts().stream().map(c -> List.of(getTranslation("exchange.item." + c.item()),
                            getTranslation("exchange.action." + c.action()), number(c.count()))).toList(), "import-counts"));
        }
        if (!report.changes().isEmpty()) {
            List<List<String>> rows = report.changes().stream().limit(SHOWN_CHANGES).map(c -> List.of(
                    getTranslation("exchange.item." + c.item()), getTranslation("exchange.action." + c.action()),
                    text(c.code()), c.sheet() == null ? "" : c.sheet() + (c.row() == null ? "" : " " + c.row()),
                    String.join(", ", c.fields()))).toList();
            NativeDetails details = new NativeDetails(getTranslation("exchange.report.changes",
                    number(report.changes().size())), table(List.of("exchange.col.item", "exchange.col.action",
                    "exchange.col.code", "exchange.col.where", "exchange.col.fields"), rows, "import-changes"));
            add(details);
        }
    }

    private NativeTable table(List<String> headerKeys, List<List<String>> rows, String className) {
        NativeTable table = new NativeTable();
        table.addClassNames("data-table", className);
        table.getElement().setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        NativeTableRow head = new NativeTableRow();
        headerKeys.forEach(k -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(k));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        rows.forEach(r -> {
            NativeTableRow row = new NativeTableRow();
            r.forEach(v -> row.add(new NativeTableCell(v)));
            body.add(row);
        });
        table.add(header, body);
        return table;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String number(long n) {
        return Numbers.format((double) n, Language.current());
    }
}
