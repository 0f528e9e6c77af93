package id.selaras.web.opd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.selaras.web.BackendException;
import id.selaras.web.api.ApiException;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;

/**
 * Entering a realisation: period, value, evidence. Choosing a period already reported fills in its value (a
 * correction then goes out as {@code updateRealisation} with that realisation's version).
 */
public class RealisationForm extends Div {

    static final List<String> PERIODS = List.of("Q1", "Q2", "Q3", "Q4", "ANNUAL");

    private final Select<String> period = new Select<>();
    private final TextField value = new TextField();
    private final TextField evidence = new TextField();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Div problems = new Div();
    private final NativeButton save = new NativeButton();

    /** @param sender sends the request; throws ApiException when refused */
    public RealisationForm(String prefix, OpdClient.Measured indicator, int year, Locale locale,
                           Consumer<RealisationEntry.Request> sender, Runnable saved) {
        addClassName("realisation-form");
        List<OpdClient.Realisation> reported = indicator.realisations() == null ? List.of() : indicator.realisations();
        period.setItems(PERIODS);
        period.setItemLabelGenerator(p -> getTranslation("opd.period." + p));
        period.setAriaLabel(getTranslation("opd.realisation.period"));
        period.setWidthFull();
        value.getElement().setAttribute("inputmode", "decimal");
        value.setAriaLabel(getTranslation("opd.realisation.value", indicator.unit()));
        value.setWidthFull();
        evidence.setAriaLabel(getTranslation("opd.realisation.evidence"));
        evidence.setWidthFull();
        fields.put("period", new Field(prefix + "-period", getTranslation("opd.realisation.period"), period));
        fields.put("value", new Field(prefix + "-value", getTranslation("opd.realisation.value", indicator.unit()), value));
        fields.put("evidence", new Field(prefix + "-evidence", getTranslation("opd.realisation.evidence"), evidence)
                .hint(getTranslation("opd.realisation.evidence.hint")));
        period.addValueChangeListener(e -> {
            RealisationEntry probe = new RealisationEntry(indicator.id(), year, e.getValue(), null, null);
            probe.existing(reported).ifPresentOrElse(r -> {
                value.setValue(IndicatorDraft.display(IndicatorDraft.number(r.value()), locale));
                evidence.setValue(r.evidence() == null ? "" : r.evidence());
                save.setText(getTranslation("opd.realisation.correct"));
            }, () -> {
                value.clear();
                evidence.clear();
                save.setText(getTranslation("opd.realisation.save"));
            });
        });
        period.setValue("ANNUAL".equals(indicator.frequency()) ? "ANNUAL" : nextPeriod(reported, year));
        problems.setVisible(false);
        save.addClassName("button");
        save.setId(prefix + "-save");
        save.addClickListener(e -> {
            Forms.clear(problems, fields);
            RealisationEntry entry = new RealisationEntry(indicator.id(), year, period.getValue(), value.getValue(),
                    evidence.getValue());
            Map<String, String> found = entry.problems();
            if (!found.isEmpty()) {
                found.forEach((k, v) -> fields.get(k).error(getTranslation(v)));
                fields.get(found.keySet().iterator().next()).focus();
                return;
            }
            try {
                sender.accept(entry.request(reported));
            } catch (ApiException refusal) {
                Map<String, Field> byPath = new LinkedHashMap<>(fields);
                byPath.put("input.value", fields.get("value"));
                byPath.put("input.period", fields.get("period"));
                byPath.put("input.year", fields.get("period"));
                byPath.put("input.evidence", fields.get("evidence"));
                Forms.show(refusal, problems, byPath);
                return;
            } catch (BackendException unreachable) {
                Forms.problem(problems, List.of(getTranslation("error.unreachable")));
                return;
            }
            saved.run();
        });
        Div row = new Div(fields.get("period"), fields.get("value"));
        row.addClassName("form-row");
        Div actions = new Div(save);
        actions.addClassName("form-actions");
        add(row, fields.get("evidence"), problems, actions);
    }

    /** The first quarter of the year not reported yet (the one usually due), else the annual figure. */
    static String nextPeriod(List<OpdClient.Realisation> reported, int year) {
        for (String p : PERIODS) {
            if (reported.stream().noneMatch(r -> r.year() == year && r.period().equals(p))) {
                return p;
            }
        }
        return "ANNUAL";
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Select<String> period() {
        return period;
    }

    public TextField value() {
        return value;
    }

    public NativeButton saveButton() {
        return save;
    }

    public Div problems() {
        return problems;
    }
}
