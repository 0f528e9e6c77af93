package id.selaras.web.opd;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

/**
 * "Someone saved this indicator first": for each field I changed, their value beside mine, and two ways on — keep
 * theirs, or apply mine on top of their version. Closing the dialog (Esc) keeps my edit in the form, unsaved.
 */
public class ConflictDialog extends Dialog {

    private final NativeButton keepTheirs = new NativeButton();
    private final NativeButton applyMine = new NativeButton();
    private final Element table = new Element("table");

    public ConflictDialog(IndicatorConflict conflict, String indicatorName, Locale locale,
                          Consumer<IndicatorDraft> onKeepTheirs, Consumer<IndicatorDraft> onApplyMine) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("opd.conflict.title"));
        getElement().setAttribute("aria-label", getTranslation("opd.conflict.title"));
        Paragraph lead = new Paragraph(getTranslation("opd.conflict.lead", indicatorName));
        add(lead);

        table.getClassList().add("data-table");
        table.setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        table.getClassList().add("conflict-table");
        Element caption = new Element("caption").setText(getTranslation("opd.conflict.caption"));
        Element head = new Element("tr").appendChild(
                th(getTranslation("opd.conflict.field")), th(getTranslation("opd.conflict.theirs")),
                th(getTranslation("opd.conflict.mine")));
        table.appendChild(caption, new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (IndicatorConflict.Difference d : conflict.differences()) {
            Element row = new Element("tr");
            row.setAttribute("data-field", d.key());
            if (d.clash()) {
                row.getClassList().add("clash");
            }
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(label(d.key())),
                    td(shown(d.key(), d.theirs(), locale), getTranslation("opd.conflict.theirs")),
                    td(shown(d.key(), d.mine(), locale), getTranslation("opd.conflict.mine")));
            body.appendChild(row);
        }
        table.appendChild(body);
        Div scroller = new Div();
        scroller.addClassName("table-scroll");
        scroller.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
        scroller.getElement().appendChild(table);
        add(scroller);
        int others = conflict.theirChanges().size();
        if (others > 0) {
            add(new Paragraph(getTranslation("opd.conflict.others", others)));
        }

        keepTheirs.setText(getTranslation("opd.conflict.keep-theirs"));
        keepTheirs.addClassNames("button", "button-secondary");
        keepTheirs.setId("conflict-keep-theirs");
        keepTheirs.addClickListener(e -> {
            close();
            onKeepTheirs.accept(conflict.keepTheirs());
        });
        applyMine.setText(getTranslation("opd.conflict.apply-mine"));
        applyMine.addClassName("button");
        applyMine.setId("conflict-apply-mine");
        applyMine.addClickListener(e -> {
            close();
            onApplyMine.accept(conflict.applyMine());
        });
        getFooter().add(keepTheirs, applyMine);
    }

    public NativeButton keepTheirsButton() {
        return keepTheirs;
    }

    public NativeButton applyMineButton() {
        return applyMine;
    }

    /** The comparison table (caption, header row, one row per changed field with {@code data-field}). */
    public Element table() {
        return table;
    }

    /** The label of a draft key, as the form shows it. */
    String label(String key) {
        if (key.startsWith(IndicatorDraft.TARGET)) {
            String[] parts = key.substring(IndicatorDraft.TARGET.length()).split("\\.");
            int year = Integer.parseInt(parts[0]);
            return parts.length == 1 ? getTranslation("opd.field.target", String.valueOf(year))
                    : getTranslation("opd.field.target." + parts[1], String.valueOf(year));
        }
        return getTranslation("opd.field." + key);
    }

    private String shown(String key, String value, Locale locale) {
        if (value == null) {
            return getTranslation("opd.conflict.empty");
        }
        if (IndicatorDraft.numeric(key)) {
            return IndicatorDraft.display(value, locale);
        }
        if (IndicatorEditor.CHOICES.containsKey(key)) {
            return getTranslation("opd." + key + "." + value);
        }
        return value;
    }

    private static Element th(String text) {
        return new Element("th").setAttribute("scope", "col").setText(text);
    }

    private static Element td(String text, String label) {
        return new Element("td").setAttribute("data-label", label).setText(text);
    }

}
