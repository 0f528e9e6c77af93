package id.selaras.web.manage;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;

/**
 * The confirmation step of adopting (menetapkan) a version: what changed since the adopted version — nodes and
 * indicators added, removed, changed field by field — and a check box the planner ticks before the adopt button
 * works. An adopted version never changes again, so this is the last look.
 */
public class AdoptPanel extends Div {

    private final Checkbox checked = new Checkbox();
    private final NativeButton confirm = new NativeButton();
    private final Div problems = new Div();
    private final UnorderedList changes = new UnorderedList();

    public AdoptPanel(ManageClient.Plan plan, List<VersionDiff.Entry> diff) {
        addClassName("adopt-panel");
        long added = diff.stream().filter(e -> e.kind() == VersionDiff.Kind.ADDED).count();
        long removed = diff.stream().filter(e -> e.kind() == VersionDiff.Kind.REMOVED).count();
        long changed = diff.stream().filter(e -> e.kind() == VersionDiff.Kind.CHANGED).count();
        boolean first = plan.adoptedVersion() == null;
        add(new Paragraph(getTranslation(first ? "manage.adopt.first" : "manage.adopt.since", plan.adoptedVersion() == null
                ? "" : String.valueOf(plan.adoptedVersion().number()))));
        Paragraph summary = new Paragraph(getTranslation("manage.adopt.summary", added, changed, removed));
        summary.setId("adopt-summary");
        add(summary);
        add(new H3(getTranslation("manage.adopt.changes")));
        changes.addClassName("diff-list");
        changes.setId("adopt-changes");
        if (diff.isEmpty()) {
            changes.add(new ListItem(getTranslation("manage.adopt.no-changes")));
        }
        for (VersionDiff.Entry e : diff) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-kind", e.kind().name());
            item.add(new Span(getTranslation("manage.diff." + e.kind()) + " · " + getTranslation("manage.diff.type." + e.entityType())
                    + ": " + e.label()));
            if (!e.fields().isEmpty()) {
                UnorderedList fields = new UnorderedList();
                for (VersionDiff.Field f : e.fields()) {
                    ListItem field = new ListItem();
                    if (f.before() == null && f.after() == null) {
                        field.setText(getTranslation("manage.diff.action." + f.name()));
                    } else {
                        field.add(new Span(f.name() + ": "));
                        String before = shown(f.before());
                        String after = shown(f.after());
                        Element del = new Element("del").setText(before);
                        del.setAttribute("aria-label", getTranslation("manage.diff.before") + " " + before);
                        Element ins = new Element("ins").setText(after);
                        ins.setAttribute("aria-label", getTranslation("manage.diff.after") + " " + after);
                        field.getElement().appendChild(del, new Element("span").setText(" → "), ins);
                    }
                    fields.add(field);
                }
                item.add(fields);
            }
            changes.add(item);
        }
        Div scroll = new Div(changes);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
        checked.setLabel(getTranslation("manage.adopt.checked"));
        checked.setId("adopt-checked");
        confirm.setText(getTranslation("manage.adopt"));
        confirm.addClassName("button");
        confirm.setId("adopt-confirm");
        confirm.setEnabled(false);
        checked.addValueChangeListener(e -> confirm.setEnabled(Boolean.TRUE.equals(e.getValue())));
        problems.setVisible(false);
        add(scroll, new Paragraph(getTranslation("manage.adopt.final")), checked, problems);
    }

    /** A number as the person reads it (7,5 · 1.000.000), anything else as it is. */
    private String shown(String value) {
        if (value == null) {
            return "–";
        }
        if (value.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
            return id.selaras.web.chart.Numbers.format(Double.valueOf(value), getLocale());
        }
        return value;
    }

    public NativeButton confirmButton() {
        return confirm;
    }

    public Checkbox checkedBox() {
        return checked;
    }

    public UnorderedList changes() {
        return changes;
    }

    public Div problems() {
        return problems;
    }
}
