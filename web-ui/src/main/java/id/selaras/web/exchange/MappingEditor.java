package id.selaras.web.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The column mapping of a table (IKU, T-C.27) as the server guessed it, to correct: what each column holds, and the
 * year of target and baseline columns. "Periksa ulang" runs the dry run again with the corrected mapping.
 */
class MappingEditor extends Div {

    static final List<String> FIELDS = List.of("NODE_CODE", "INDICATOR_CODE", "INDICATOR_NAME", "UNIT", "DEFINITION",
            "FORMULA", "DATA_SOURCE", "BASELINE", "TARGET", "END_TARGET", "RESPONSIBLE_OPDS", "IGNORE");

    private final ExchangeClient.Mapping guessed;
    private final List<Select<String>> fields = new ArrayList<>();
    private final List<IntegerField> years = new ArrayList<>();

    MappingEditor(ExchangeClient.Mapping guessed, Consumer<ExchangeClient.Mapping> recheck) {
        this.guessed = guessed;
        addClassName("mapping-editor");
        add(new H3(getTranslation("exchange.mapping")),
                new Paragraph(getTranslation("exchange.mapping.lead", guessed.sheet() == null ? "" : guessed.sheet(),
                        guessed.headerRow(), guessed.firstDataRow())));
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("exchange.col.column", "exchange.mapping.header", "exchange.mapping.field",
                "exchange.mapping.year")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        for (ExchangeClient.Column column : guessed.columns()) {
            Select<String> field = new Select<>();
            field.setItems(FIELDS);
            field.setItemLabelGenerator(f -> getTranslation("exchange.field." + f));
            field.setValue(column.field());
            field.setAriaLabel(getTranslation("exchange.mapping.field.of", column.column()));
            IntegerField year = new IntegerField();
            year.setValue(column.year());
            year.setAriaLabel(getTranslation("exchange.mapping.year.of", column.column()));
            fields.add(field);
            years.add(year);
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(column.column()), new NativeTableCell(column.header() == null ? "" : column.header()));
            NativeTableCell f = new NativeTableCell();
            f.add(field);
            NativeTableCell y = new NativeTableCell();
            y.add(year);
            row.add(f, y);
            body.add(row);
        }
        NativeTable table = new NativeTable(header, body);
        table.addClassNames("data-table", "mapping-table");
        table.getElement().setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        NativeButton again = new NativeButton(getTranslation("exchange.mapping.recheck"), click -> recheck.accept(mapping()));
        again.addClassNames("button", "button-secondary");
        add(table, again);
    }

    /** The mapping as corrected on screen. */
    ExchangeClient.Mapping mapping() {
        List<ExchangeClient.Column> columns = new ArrayList<>();
        for (int i = 0; i < guessed.columns().size(); i++) {
            ExchangeClient.Column c = guessed.columns().get(i);
            columns.add(new ExchangeClient.Column(c.column(), fields.get(i).getValue(), years.get(i).getValue(), c.header()));
        }
        return new ExchangeClient.Mapping(guessed.sheet(), guessed.headerRow(), guessed.firstDataRow(),
                guessed.defaultNodeCode(), guessed.baselineYear(), columns);
    }
}
