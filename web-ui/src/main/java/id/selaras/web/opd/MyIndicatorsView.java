package id.selaras.web.opd;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.selaras.web.BackendException;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.chart.Numbers;
import id.selaras.web.ui.ErrorState;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Indikator OPD": the indicators my OPD is responsible for in the version being drafted or consulted on, each a card
 * that opens into an inline form. Saving sends only what changed; when someone saved first the page shows their
 * version beside mine and lets me keep theirs or apply mine on top ({@link IndicatorConflict}).
 */
@Route(value = Navigation.MY_INDICATORS, layout = MainLayout.class)
@RolesAllowed({"OPD_OFFICER"})
@StyleSheet("styles/opd.css")
public class MyIndicatorsView extends Main implements HasDynamicTitle {

    private final OpdClient client;
    private final Officer officer;
    private final Div content = new Div();
    private final Div list = new Div();
    private final Div status = new Div();
    private OpdContext context;
    private OpdContext.Choice version;
    private OpdClient.Opd opd;

    MyIndicatorsView(OpdClient client, Officer officer) {
        this.client = client;
        this.officer = officer;
        addClassName("opd-view");
        Paragraph lead = new Paragraph(getTranslation("opd.indicators.lead"));
        lead.addClassName("lead");
        status.addClassName("form-notice");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        list.addClassName("indicator-list");
        add(new H1(getTranslation("opd.indicators.title")), lead, status, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.indicators.title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        try {
            context = OpdContext.load(client, officer, false);
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        List<OpdContext.Choice> versions = context.editableVersions();
        if (context.opds().isEmpty() || versions.isEmpty()) {
            content.add(empty(getTranslation(context.opds().isEmpty() ? "opd.no-opd" : "opd.indicators.no-draft")));
            return;
        }
        Select<OpdContext.Choice> versionSelect = new Select<>();
        versionSelect.setItems(versions);
        versionSelect.setItemLabelGenerator(c -> getTranslation("opd.version.label", c.plan().title(), c.version().number(),
                getTranslation("opd.status." + c.version().status())));
        versionSelect.setAriaLabel(getTranslation("opd.version"));
        versionSelect.setWidthFull();
        Select<OpdClient.Opd> opdSelect = new Select<>();
        opdSelect.setItems(context.opds());
        opdSelect.setItemLabelGenerator(OpdClient.Opd::label);
        opdSelect.setAriaLabel(getTranslation("opd.opd"));
        opdSelect.setWidthFull();
        Div filters = new Div(new Field("opd-version", getTranslation("opd.version"), versionSelect),
                new Field("opd-opd", getTranslation("opd.opd"), opdSelect));
        filters.addClassName("form-row");
        content.add(filters, list);
        versionSelect.setValue(versions.getFirst());
        opdSelect.setValue(context.opds().getFirst());
        version = versionSelect.getValue();
        opd = opdSelect.getValue();
        versionSelect.addValueChangeListener(e -> {
            version = e.getValue();
            showIndicators();
        });
        opdSelect.addValueChangeListener(e -> {
            opd = e.getValue();
            showIndicators();
        });
        showIndicators();
    }

    private void showIndicators() {
        list.removeAll();
        if (version == null || opd == null) {
            return;
        }
        List<OpdClient.Indicator> indicators;
        try {
            indicators = client.indicators(version.id(), opd.id());
        } catch (ApiException | BackendException e) {
            list.add(new ErrorState(e, this::showIndicators));
            return;
        }
        Paragraph count = new Paragraph(getTranslation("opd.indicators.count", indicators.size(), opd.label()));
        count.addClassName("list-count");
        list.add(count);
        if (indicators.isEmpty()) {
            list.add(empty(getTranslation("opd.indicators.none")));
        }
        int n = 0;
        for (OpdClient.Indicator indicator : indicators) {
            list.add(new Card("ind-" + (++n), indicator));
        }
    }

    private Div empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassName("empty-state");
        return empty;
    }

    private void announce(String text) {
        status.removeAll();
        status.add(new Paragraph(text));
        status.setVisible(true);
    }

    /** One indicator: its summary, or its form while being edited. */
    final class Card extends Section {

        private final String prefix;
        private OpdClient.Indicator indicator;
        private IndicatorDraft base;
        private IndicatorEditor editor;

        Card(String prefix, OpdClient.Indicator indicator) {
            this.prefix = prefix;
            addClassName("indicator-card");
            getElement().setAttribute("data-indicator-id", indicator.id());
            show(indicator);
        }

        private Locale locale() {
            return getLocale();
        }

        void show(OpdClient.Indicator i) {
            indicator = i;
            base = IndicatorDraft.of(i, version.plan().periodStart(), version.plan().periodEnd());
            editor = null;
            removeAll();
            H2 title = new H2((i.code() != null ? i.code() + " " : "") + i.name());
            title.setId(prefix + "-title");
            getElement().setAttribute("aria-labelledby", prefix + "-title");
            Paragraph where = new Paragraph(getTranslation("opd.kind." + i.node().kind()) + ": "
                    + (i.node().code() != null ? i.node().code() + " " : "") + i.node().title());
            where.addClassName("card-meta");
            Paragraph unit = new Paragraph(getTranslation("opd.field.unit") + ": " + i.unit()
                    + (i.baseline() != null ? " · " + getTranslation("opd.baseline.summary", String.valueOf(i.baseline().year()),
                    Numbers.format(i.baseline().value(), locale())) : ""));
            unit.addClassName("card-meta");
            add(title, where, unit, targets(i));
            NativeButton edit = new NativeButton(getTranslation("opd.edit"), e -> edit(base));
            edit.addClassName("button");
            edit.setId(prefix + "-edit");
            edit.getElement().setAttribute("aria-label", getTranslation("opd.edit.label", i.name()));
            add(edit);
        }

        private Div targets(OpdClient.Indicator i) {
            Element table = new Element("table");
            table.getClassList().add("data-table");
            table.setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
            table.getClassList().add("target-table");
            table.appendChild(new Element("caption").setText(getTranslation("opd.group.targets")));
            Element years = new Element("tr");
            Element values = new Element("tr");
            years.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation("opd.year")));
            values.appendChild(new Element("th").setAttribute("scope", "row").setText(getTranslation("opd.target")));
            for (int y : base.years()) {
                OpdClient.Target t = i.targets().stream().filter(x -> Integer.valueOf(y).equals(x.year())).findFirst().orElse(null);
                years.appendChild(new Element("th").setAttribute("scope", "col").setText(String.valueOf(y)));
                String text = t == null ? "–" : t.value() != null ? Numbers.format(t.value(), locale())
                        : Numbers.format(t.min(), locale()) + "–" + Numbers.format(t.max(), locale());
                values.appendChild(new Element("td").setText(text));
            }
            table.appendChild(new Element("tbody").appendChild(years, values));
            Div scroll = new Div();
            scroll.addClassName("table-scroll");
            scroll.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
            scroll.getElement().appendChild(table);
            return scroll;
        }

        /** Opens the form on {@code start} (the server's values, or mine after a conflict). */
        void edit(IndicatorDraft start) {
            removeAll();
            H2 title = new H2(getTranslation("opd.edit.title", indicator.name()));
            title.setId(prefix + "-title");
            editor = new IndicatorEditor(prefix, base, locale());
            editor.set(start);
            editor.cancelButton().addClickListener(e -> show(indicator));
            editor.saveButton().addClickListener(e -> save(editor.value()));
            add(title, editor);
            editor.fields().get("name").focus();
        }

        void save(IndicatorDraft mine) {
            if (!editor.check(mine)) {
                return;
            }
            IndicatorSaving saving = new IndicatorSaving(backend(), version.plan().periodStart(), version.plan().periodEnd());
            IndicatorSaving.Outcome outcome;
            try {
                outcome = saving.save(base, mine);
            } catch (BackendException e) {
                Forms.problem(editor.problems(), List.of(getTranslation("error.unreachable")));
                return;
            }
            switch (outcome) {
                case IndicatorSaving.Unchanged u -> show(indicator);
                case IndicatorSaving.Saved s -> {
                    show(s.indicator());
                    announce(getTranslation("opd.saved", s.indicator().name()));
                }
                case IndicatorSaving.Refused r -> editor.show(r.refusal(), mine, r.changed(), r.update());
                case IndicatorSaving.Conflict c -> conflict(c.conflict(), c.current());
            }
        }

        private void conflict(IndicatorConflict conflict, OpdClient.Indicator theirs) {
            if (conflict.alreadyApplied()) {
                show(theirs);
                announce(getTranslation("opd.conflict.same", theirs.name()));
                return;
            }
            new ConflictDialog(conflict, indicator.name(), locale(),
                    keep -> {
                        show(theirs);
                        announce(getTranslation("opd.conflict.kept", theirs.name()));
                    },
                    applied -> {
                        indicator = theirs;
                        base = conflict.newBase();
                        editor.rebase(base);
                        editor.set(applied);
                        save(applied);
                    }).open();
            Forms.problem(editor.problems(), List.of(getTranslation("opd.conflict.pending")));
        }

        private IndicatorSaving.Backend backend() {
            return new IndicatorSaving.Backend() {
                @Override
                public OpdClient.Indicator update(Map<String, Object> input) {
                    return client.updateIndicator(input);
                }

                @Override
                public OpdClient.Indicator setTargets(Map<String, Object> input) {
                    return client.setTargets(input);
                }

                @Override
                public OpdClient.Indicator read(String id) {
                    return client.indicator(id);
                }
            };
        }
    }
}
