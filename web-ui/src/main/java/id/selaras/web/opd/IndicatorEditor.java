package id.selaras.web.opd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.selaras.web.api.ApiException;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;

/**
 * The inline form of one indicator: names and Satu Data metadata, polarity and aggregation, baseline, one target per
 * year of the plan (a range for RANGE indicators). It reads and writes an {@link IndicatorDraft}; the view saves it.
 * Messages appear at their field: the page's own checks first, then the API's ({@code input.targets[2].value} is
 * the target of the third year sent).
 */
public class IndicatorEditor extends Div {

    static final List<String> LONG_TEXTS = List.of("definition", "formula", "dataSource", "selectionReason", "concept",
            "classification");
    static final Map<String, List<String>> CHOICES = Map.of(
            "polarity", List.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER", "RANGE"),
            "aggregation", List.of("CUMULATIVE", "LATEST", "AVERAGE"),
            "frequency", List.of("ANNUAL", "SEMIANNUAL", "QUARTERLY", "MONTHLY"),
            "type", List.of("IKU", "IKD", "IKK", "OUTCOME", "OUTPUT"));

    private IndicatorDraft base;
    private final Locale locale;
    private final String prefix;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, HasValue<?, String>> inputs = new LinkedHashMap<>();
    private final Div problems = new Div();
    private final NativeButton save = new NativeButton();
    private final NativeButton cancel = new NativeButton();

    public IndicatorEditor(String prefix, IndicatorDraft base, Locale locale) {
        this.base = base;
        this.locale = locale;
        this.prefix = prefix;
        addClassName("indicator-editor");
        problems.setVisible(false);

        Div about = group("opd.group.about");
        for (String key : List.of("code", "name", "unit")) {
            TextField text = new TextField();
            text.setWidthFull();
            about.add(field(key, text, getTranslation("opd.field." + key)));
        }
        for (String key : List.of("polarity", "aggregation")) {
            about.add(choice(key));
        }
        Div metadata = group("opd.group.metadata");
        for (String key : LONG_TEXTS) {
            TextArea area = new TextArea();
            area.setWidthFull();
            metadata.add(field(key, area, getTranslation("opd.field." + key)));
        }
        metadata.add(choice("frequency"), choice("type"));

        Div baseline = group("opd.group.baseline");
        Div baselineRow = new Div(field(IndicatorDraft.BASELINE_YEAR, number(true), getTranslation("opd.field.baseline.year")),
                field(IndicatorDraft.BASELINE_VALUE, number(false), getTranslation("opd.field.baseline.value")));
        baselineRow.addClassName("form-row");
        baseline.add(baselineRow);

        Div targets = group("opd.group.targets");
        targets.addClassName("target-grid");
        for (int year : base.years()) {
            String key = IndicatorDraft.TARGET + year;
            if (base.range()) {
                Div row = new Div(field(key + ".min", number(false), getTranslation("opd.field.target.min", String.valueOf(year))),
                        field(key + ".max", number(false), getTranslation("opd.field.target.max", String.valueOf(year))));
                row.addClassName("form-row");
                targets.add(row);
            } else {
                targets.add(field(key, number(false), getTranslation("opd.field.target", String.valueOf(year))));
            }
        }

        save.setText(getTranslation("action.save"));
        save.addClassName("button");
        save.setId(prefix + "-save");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClassNames("button", "button-secondary");
        cancel.setId(prefix + "-cancel");
        Div actions = new Div(cancel, save);
        actions.addClassName("form-actions");
        add(problems, about, baseline, targets, metadata, actions);
        set(base);
    }

    public NativeButton saveButton() {
        return save;
    }

    public NativeButton cancelButton() {
        return cancel;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Div problems() {
        return problems;
    }

    /** Puts a draft's values into the controls. */
    public void set(IndicatorDraft draft) {
        inputs.forEach((key, input) -> {
            String v = draft.get(key);
            if (input instanceof Select<?>) {
                input.setValue(v);
            } else {
                input.setValue(IndicatorDraft.numeric(key) ? IndicatorDraft.display(v, locale) : v == null ? "" : v);
            }
        });
    }

    /** Edits from now on are edits of {@code newBase} (after a conflict: the server's version). */
    public void rebase(IndicatorDraft newBase) {
        this.base = newBase;
    }

    /** The draft as the person has it now, on top of {@code base} (its id and version). */
    public IndicatorDraft value() {
        return value(base);
    }

    public IndicatorDraft value(IndicatorDraft on) {
        Map<String, String> typed = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            String raw = input.getValue();
            String v = raw == null || raw.isBlank() ? null : raw.strip();
            typed.put(key, IndicatorDraft.numeric(key) ? IndicatorDraft.canonical(v) : v);
        });
        return on.withAll(typed);
    }

    /** The page's own checks; true when there is nothing to fix. */
    public boolean check(IndicatorDraft draft) {
        Forms.clear(problems, fields);
        Map<String, String> found = draft.problems();
        Field first = null;
        for (var e : found.entrySet()) {
            Field f = fields.get(e.getKey());
            if (f != null) {
                f.error(getTranslation(e.getValue()));
                first = first == null ? f : first;
            }
        }
        if (first != null) {
            first.focus();
        }
        return found.isEmpty();
    }

    /** Shows the API's refusal of {@code sent}: each message at its field, the rest above the form. */
    public void show(ApiException refusal, IndicatorDraft sent, Set<String> changed, boolean update) {
        Forms.show(refusal, problems, apiFields(sent, changed, update));
    }

    /** The form's fields by the API's names for them ({@code input.name}, {@code input.targets[0].value}, ...). */
    Map<String, Field> apiFields(IndicatorDraft sent, Set<String> changed, boolean update) {
        Map<String, Field> byPath = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (!IndicatorDraft.numeric(key)) {
                byPath.put(key, field);
                byPath.put("input." + key, field);
            }
        });
        byPath.put("input.baseline", fields.get(IndicatorDraft.BASELINE_VALUE));
        byPath.put("input.baseline.year", fields.get(IndicatorDraft.BASELINE_YEAR));
        byPath.put("input.baseline.value", fields.get(IndicatorDraft.BASELINE_VALUE));
        List<Integer> years = sent.sentYears(changed, update);
        for (int i = 0; i < years.size(); i++) {
            String key = IndicatorDraft.TARGET + years.get(i);
            Field value = fields.getOrDefault(key, fields.get(key + ".min"));
            String path = "input.targets[" + i + "]";
            if (value != null) {
                byPath.put(path, value);
                byPath.put(path + ".value", value);
                byPath.put(path + ".year", value);
            }
            if (fields.containsKey(key + ".min")) {
                byPath.put(path + ".min", fields.get(key + ".min"));
                byPath.put(path + ".max", fields.get(key + ".max"));
            }
        }
        byPath.values().removeIf(java.util.Objects::isNull);
        return byPath;
    }

    // ---- building -------------------------------------------------------------------------------------------

    private Div group(String titleKey) {
        Div group = new Div(new H3(getTranslation(titleKey)));
        group.addClassName("editor-group");
        add(group);
        return group;
    }

    private Field choice(String key) {
        Select<String> select = new Select<>();
        List<String> items = new java.util.ArrayList<>(CHOICES.get(key));
        select.setItems(items);
        select.setEmptySelectionAllowed(!"polarity".equals(key) && !"aggregation".equals(key));
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation("opd." + key + "." + v));
        select.setWidthFull();
        return field(key, select, getTranslation("opd.field." + key));
    }

    private TextField number(boolean year) {
        TextField text = new TextField();
        text.getElement().setAttribute("inputmode", year ? "numeric" : "decimal");
        text.setWidthFull();
        return text;
    }

    @SuppressWarnings("unchecked")
    private Field field(String key, Component control, String label) {
        if (control instanceof com.vaadin.flow.component.HasAriaLabel aria) {
            aria.setAriaLabel(label);
        }
        Field field = new Field(prefix + "-" + key.replace('.', '-'), label, control);
        fields.put(key, field);
        inputs.put(key, (HasValue<?, String>) control);
        return field;
    }
}
