package id.selaras.web.opd;

import java.time.Year;
import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
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
import jakarta.annotation.security.RolesAllowed;

/**
 * "Realisasi": my OPD's indicators of the adopted plan, for one year: the achievement (capaian) per period as the
 * server computes it, and a form to report or correct a quarter's or the year's realisation.
 */
@Route(value = Navigation.REALISATIONS, layout = MainLayout.class)
@RolesAllowed({"OPD_OFFICER"})
@StyleSheet("styles/opd.css")
public class RealisationsView extends Main implements HasDynamicTitle {

    private final OpdClient client;
    private final Officer officer;
    private final Div content = new Div();
    private final Div list = new Div();
    private final Div status = new Div();
    private OpdContext.Choice version;
    private OpdClient.Opd opd;
    private Integer year;

    RealisationsView(OpdClient client, Officer officer) {
        this.client = client;
        this.officer = officer;
        addClassName("opd-view");
        Paragraph lead = new Paragraph(getTranslation("opd.realisations.lead"));
        lead.addClassName("lead");
        status.addClassName("form-notice");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        list.addClassName("realisation-list");
        add(new H1(getTranslation("opd.realisations.title")), lead, status, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.realisations.title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        OpdContext context;
        try {
            context = OpdContext.load(client, officer, false);
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        List<OpdContext.Choice> versions = context.adoptedVersions();
        if (context.opds().isEmpty() || versions.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation(context.opds().isEmpty() ? "opd.no-opd" : "opd.realisations.no-plan")));
            empty.addClassName("empty-state");
            content.add(empty);
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
        Select<Integer> yearSelect = new Select<>();
        yearSelect.setAriaLabel(getTranslation("opd.year"));
        yearSelect.setItemLabelGenerator(String::valueOf);
        yearSelect.setWidthFull();
        Div filters = new Div(new Field("real-version", getTranslation("opd.version"), versionSelect),
                new Field("real-opd", getTranslation("opd.opd"), opdSelect),
                new Field("real-year", getTranslation("opd.year"), yearSelect));
        filters.addClassName("form-row");
        content.add(filters, list);
        version = versions.getFirst();
        opd = context.opds().getFirst();
        versionSelect.setValue(version);
        opdSelect.setValue(opd);
        years(yearSelect);
        versionSelect.addValueChangeListener(e -> {
            version = e.getValue();
            years(yearSelect);
            show();
        });
        opdSelect.addValueChangeListener(e -> {
            opd = e.getValue();
            show();
        });
        yearSelect.addValueChangeListener(e -> {
            year = e.getValue();
            show();
        });
        show();
    }

    private void years(Select<Integer> yearSelect) {
        int start = version.plan().periodStart();
        int end = version.plan().periodEnd();
        List<Integer> years = java.util.stream.IntStream.rangeClosed(start, end).boxed().toList();
        yearSelect.setItems(years);
        int now = Year.now().getValue();
        year = now < start ? start : Math.min(now, end);
        yearSelect.setValue(year);
    }

    private void show() {
        list.removeAll();
        if (version == null || opd == null || year == null) {
            return;
        }
        List<OpdClient.Measured> indicators;
        try {
            indicators = client.realisationIndicators(version.id(), opd.id(), year);
        } catch (ApiException | BackendException e) {
            list.add(new ErrorState(e, this::show));
            return;
        }
        Paragraph count = new Paragraph(getTranslation("opd.indicators.count", indicators.size(), opd.label()));
        count.addClassName("list-count");
        list.add(count);
        int n = 0;
        for (OpdClient.Measured indicator : indicators) {
            list.add(card(indicator, "real-" + (++n)));
        }
    }

    private Section card(OpdClient.Measured i, String prefix) {
        Section card = new Section();
        card.addClassName("realisation-card");
        card.getElement().setAttribute("data-indicator-id", i.id());
        H2 title = new H2((i.code() != null ? i.code() + " " : "") + i.name());
        title.setId(prefix + "-title");
        card.getElement().setAttribute("aria-labelledby", prefix + "-title");
        Paragraph meta = new Paragraph(getTranslation("opd.field.unit") + ": " + i.unit() + " · "
                + getTranslation("opd.polarity." + i.polarity()) + " · " + getTranslation("opd.frequency." + i.frequency()));
        meta.addClassName("card-meta");
        card.add(title, meta, achievements(i));
        card.add(new RealisationForm(prefix, i, year, getLocale(), request -> {
            if ("updateRealisation".equals(request.mutation())) {
                client.updateRealisation(request.input());
            } else {
                client.recordRealisation(request.input());
            }
        }, () -> {
            show();
            status.removeAll();
            status.add(new Paragraph(getTranslation("opd.realisation.saved", i.name(), String.valueOf(year))));
            status.setVisible(true);
        }));
        return card;
    }

    private Div achievements(OpdClient.Measured i) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        table.getClassList().add("achievement-table");
        table.appendChild(new Element("caption").setText(getTranslation("opd.achievement.caption", String.valueOf(year))));
        Element head = new Element("tr");
        for (String key : List.of("opd.realisation.period", "opd.target", "opd.achievement.realisation",
                "opd.achievement.percent", "opd.achievement.band")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        Element body = new Element("tbody");
        List<OpdClient.Achievement> rows = i.achievements() == null ? List.of() : i.achievements();
        for (OpdClient.Achievement a : rows) {
            Element row = new Element("tr");
            String target = a.target() == null ? "–" : a.target().value() != null ? Numbers.format(a.target().value(), getLocale())
                    : Numbers.format(a.target().min(), getLocale()) + "–" + Numbers.format(a.target().max(), getLocale());
            String percent = "MEASURED".equals(a.status()) ? Numbers.percent(a.percent(), getLocale())
                    : getTranslation("opd.achievement.status." + a.status());
            Element band = new Element("td");
            if (a.band() != null) {
                band.appendChild(new Element("span").setText(a.band().label()).setAttribute("class", "band-chip"));
            } else {
                band.setText("–");
            }
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(getTranslation("opd.period." + a.period())),
                    new Element("td").setText(target),
                    new Element("td").setText(Numbers.format(a.realisation(), getLocale())),
                    new Element("td").setText(percent), band);
            body.appendChild(row);
        }
        if (rows.isEmpty()) {
            body.appendChild(new Element("tr").appendChild(new Element("td").setAttribute("colspan", "5")
                    .setText(getTranslation("opd.achievement.none"))));
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
        scroll.getElement().appendChild(table);
        return scroll;
    }
}
