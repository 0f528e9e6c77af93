package id.selaras.web.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.selaras.web.BackendException;
import id.selaras.web.Navigation;
import id.selaras.web.analytics.AnalyticsClient.Summary;
import id.selaras.web.api.ApiException;
import id.selaras.web.chart.BarChart;
import id.selaras.web.chart.Numbers;
import id.selaras.web.ui.ErrorState;
import id.selaras.web.ui.Field;
import jakarta.annotation.security.RolesAllowed;

/**
 * The planners' analytics dashboard (analitik): achievement (capaian) of a plan version for a year, rolled up per
 * misi, per sasaran and per OPD, each as bars coloured by band with the same figures in a table; then the findings
 * (temuan) of the quality checklist, most severe first, each with how to fix it. All figures come from the backend's
 * analytics (planPerformance, findings); nothing is computed here but the layout.
 */
@Route(Navigation.ANALYTICS)
@RolesAllowed({"BAPPEDA_PLANNER", "ADMIN"})
@StyleSheet("styles/analytics.css")
public class AnalyticsView extends Main implements HasDynamicTitle {

    static final List<String> PERIODS = List.of("ANNUAL", "Q1", "Q2", "Q3", "Q4");
    static final List<String> SEVERITIES = List.of("ERROR", "WARNING", "INFO");
    static final String ALL = "ALL";

    private final AnalyticsClient client;
    private final Select<String> version = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Select<String> period = new Select<>();
    private final Select<String> severity = new Select<>();
    private final Div content = new Div();
    private final Div performance = new Div();
    private final Div findings = new Div();
    private final List<AnalyticsClient.Finding> shownFindings = new ArrayList<>();
    private String findingsCursor;

    AnalyticsView(AnalyticsClient client) {
        this.client = client;
        addClassName("analytics-view");
        Paragraph lead = new Paragraph(getTranslation("analytics.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("analytics.title")), lead, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            // the regions' own plans (RPJMD, Renstra) before the national references, which have no region
            List<AnalyticsClient.Plan> plans = new ArrayList<>(client.plans());
            plans.sort(java.util.Comparator.comparing((AnalyticsClient.Plan plan) -> plan.region() == null));
            for (AnalyticsClient.Plan plan : plans) {
                String where = plan.region() == null ? "" : " · " + plan.region().name();
                if (plan.adoptedVersion() != null) {
                    versions.put(plan.adoptedVersion().id(), getTranslation("analytics.version.adopted", plan.title(),
                            plan.adoptedVersion().number(), where));
                }
                if (plan.currentDraft() != null && !plan.currentDraft().id().equals(
                        plan.adoptedVersion() == null ? null : plan.adoptedVersion().id())) {
                    versions.put(plan.currentDraft().id(), getTranslation("analytics.version.draft", plan.title(),
                            plan.currentDraft().number(), where));
                }
            }
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        if (versions.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("analytics.no-plans"));
            empty.addClassName("empty-state");
            content.add(empty);
            return;
        }
        version.setItems(versions.keySet());
        version.setItemLabelGenerator(id -> versions.getOrDefault(id, ""));
        version.setValue(versions.keySet().iterator().next());
        version.setWidthFull();
        year.setStepButtonsVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        year.setPlaceholder(getTranslation("analytics.year.latest"));
        period.setItems(PERIODS);
        period.setItemLabelGenerator(p -> getTranslation("analytics.period." + p));
        period.setValue("ANNUAL");
        severity.setItems(ALL, "ERROR", "WARNING", "INFO");
        severity.setItemLabelGenerator(s -> getTranslation("analytics.severity." + s));
        severity.setValue(ALL);

        Div choice = new Div(new Field("analytics-version", getTranslation("analytics.version"), version),
                new Field("analytics-year", getTranslation("analytics.year"), year)
                        .hint(getTranslation("analytics.year.hint")),
                new Field("analytics-period", getTranslation("analytics.period"), period));
        choice.addClassNames("form", "analytics-choice");
        version.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> showPerformance());
        period.addValueChangeListener(e -> showPerformance());
        severity.addValueChangeListener(e -> showFindings(false));
        performance.addClassName("analytics-performance");
        performance.getElement().setAttribute("aria-live", "polite");
        findings.addClassName("analytics-findings");
        content.add(choice, performance, section("analytics-findings", getTranslation("analytics.findings"),
                new Field("analytics-severity", getTranslation("analytics.severity"), severity), findings));
        refresh();
    }

    private void refresh() {
        showPerformance();
        showFindings(false);
    }

    // ---- performance ------------------------------------------------------------------------------------------

    void showPerformance() {
        performance.removeAll();
        if (version.getValue() == null) {
            return;
        }
        AnalyticsClient.Performance p;
        try {
            p = client.performance(version.getValue(), year.getValue(), period.getValue());
        } catch (ApiException | BackendException e) {
            performance.add(new ErrorState(e, this::showPerformance));
            return;
        }
        performance.add(overview(p));
        performance.add(level(Rollup.ofNodes("misi", p.misi()), p));
        performance.add(level(Rollup.ofNodes("sasaran", p.sasaran()), p));
        performance.add(level(Rollup.ofOpds(p.opds()), p));
    }

    private Section overview(AnalyticsClient.Performance p) {
        Summary s = p.plan();
        Locale locale = getLocale();
        Div figures = new Div(
                figure(getTranslation("analytics.mean"), Numbers.percent(s.meanPercent(), locale),
                        s.band() == null ? null : s.band().label(), s.band() == null ? null : s.band().colour()),
                figure(getTranslation("analytics.measured"), getTranslation("analytics.measured.of", s.measuredCount(),
                        s.indicatorCount()), null, null),
                figure(getTranslation("analytics.projection"), getTranslation("analytics.projection.counts",
                        s.onTrackCount(), s.atRiskCount(), s.offTrackCount()), null, null));
        figures.addClassName("analytics-figures");
        Paragraph gaps = new Paragraph(getTranslation("analytics.gaps", s.noRealisationCount(), s.noTargetCount(),
                s.notComputableCount()));
        gaps.addClassName("analytics-gaps");
        return section("analytics-overview", getTranslation("analytics.overview", p.year(),
                getTranslation("analytics.period." + p.period())), figures, bandList(s), gaps);
    }

    private Div figure(String label, String value, String band, String colour) {
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Span number = new Span(value);
        number.addClassName("figure-value");
        Div figure = new Div(caption, number);
        figure.addClassName("analytics-figure");
        if (band != null) {
            figure.add(badge(band, colour));
        }
        return figure;
    }

    private Component bandList(Summary s) {
        UnorderedList list = new UnorderedList();
        list.addClassName("band-counts");
        list.getElement().setAttribute("aria-label", getTranslation("analytics.bands"));
        if (s.bandCounts() != null) {
            s.bandCounts().forEach(c -> {
                ListItem item = new ListItem(badge(c.band().label(), c.band().colour()), new Span(" " + c.count()));
                list.add(item);
            });
        }
        return list;
    }

    private Section level(Rollup rollup, AnalyticsClient.Performance p) {
        String id = "analytics-" + rollup.level();
        String title = getTranslation("analytics.level." + rollup.level());
        if (rollup.withIndicators().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("analytics.level.empty"));
            none.addClassName("empty-state");
            return section(id, title, none);
        }
        Div chart = new Div();
        chart.addClassName("bar-chart");
        // Through innerHTML, as the other charts: the browser's parser puts the markup in the SVG namespace.
        chart.getElement().setProperty("innerHTML", BarChart.render(id + "-chart", getTranslation("analytics.chart.title",
                title, p.year()), rollup.bars(), getLocale(), getTranslation("analytics.no-data")));
        return section(id, title, chart, table(rollup));
    }

    /** The chart's figures as a table: the accessible data, and the detail (bands, projections) the bars leave out. */
    Div table(Rollup rollup) {
        Element table = new Element("table");
        table.getClassList().addAll(List.of("data-table", "analytics-table"));
        table.setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        Element caption = new Element("caption").setText(getTranslation("analytics.table.caption",
                getTranslation("analytics.level." + rollup.level())));
        caption.getClassList().add("visually-hidden");
        table.appendChild(caption);
        Map<String, String> bands = rollup.bands();
        Element head = new Element("tr");
        List<String> columns = new ArrayList<>(List.of(getTranslation("analytics.col.group"),
                getTranslation("analytics.col.indicators"), getTranslation("analytics.col.measured"),
                getTranslation("analytics.col.mean"), getTranslation("analytics.col.band")));
        columns.addAll(bands.keySet());
        columns.addAll(List.of(getTranslation("analytics.col.on-track"), getTranslation("analytics.col.at-risk"),
                getTranslation("analytics.col.off-track")));
        columns.forEach(c -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(c)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        Locale locale = getLocale();
        for (Rollup.Row row : rollup.withIndicators()) {
            Summary s = row.summary();
            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(row.label()));
            List<String> cells = new ArrayList<>(List.of(String.valueOf(s.indicatorCount()), String.valueOf(s.measuredCount()),
                    Numbers.percent(s.meanPercent(), locale), s.band() == null ? "–" : s.band().label()));
            bands.keySet().forEach(b -> cells.add(String.valueOf(Rollup.count(s, b))));
            cells.addAll(List.of(String.valueOf(s.onTrackCount()), String.valueOf(s.atRiskCount()),
                    String.valueOf(s.offTrackCount())));
            cells.forEach(c -> tr.appendChild(new Element("td").setText(c)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div scroller = new Div();
        scroller.addClassName("table-scroll");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("analytics.table.caption",
                getTranslation("analytics.level." + rollup.level())));
        scroller.getElement().appendChild(table);
        return scroller;
    }

    // ---- findings ---------------------------------------------------------------------------------------------

    void showFindings(boolean more) {
        if (!more) {
            shownFindings.clear();
            findingsCursor = null;
        }
        findings.removeAll();
        if (version.getValue() == null) {
            return;
        }
        AnalyticsClient.Findings page;
        try {
            page = client.findings(version.getValue(), ALL.equals(severity.getValue()) ? null : severity.getValue(),
                    more ? findingsCursor : null);
        } catch (ApiException | BackendException e) {
            findings.add(new ErrorState(e, () -> showFindings(false)));
            return;
        }
        shownFindings.addAll(page.list());
        findingsCursor = page.pageInfo() == null ? null : page.pageInfo().endCursor();
        Paragraph count = new Paragraph(getTranslation("analytics.findings.count", page.totalCount()));
        count.setId("analytics-findings-count");
        findings.add(count);
        if (shownFindings.isEmpty()) {
            return;
        }
        Div list = new Div();
        list.addClassName("finding-list");
        shownFindings.forEach(f -> list.add(finding(f)));
        findings.add(list);
        if (page.pageInfo() != null && page.pageInfo().hasNextPage()) {
            NativeButton next = new NativeButton(getTranslation("analytics.findings.more"), click -> showFindings(true));
            next.addClassNames("button", "button-secondary");
            findings.add(next);
        }
    }

    private Component finding(AnalyticsClient.Finding f) {
        Div card = new Div();
        card.addClassNames("finding", "finding-" + f.severity().toLowerCase(Locale.ROOT));
        Span severityBadge = new Span(getTranslation("analytics.severity." + f.severity()));
        severityBadge.addClassNames("severity", "severity-" + f.severity().toLowerCase(Locale.ROOT));
        H3 subject = new H3(f.subject() == null ? f.rule() : f.subject().label());
        subject.addClassName("finding-subject");
        Paragraph message = new Paragraph(f.message());
        card.add(severityBadge, subject, message);
        if (f.fix() != null && !f.fix().isBlank()) {
            Paragraph fix = new Paragraph(getTranslation("analytics.fix", f.fix()));
            fix.addClassName("finding-fix");
            card.add(fix);
        }
        Span rule = new Span(getTranslation("analytics.rule", f.rule()));
        rule.addClassName("finding-rule");
        card.add(rule);
        return card;
    }

    int findingsShown() {
        return shownFindings.size();
    }

    private static Span badge(String label, String colour) {
        Span badge = new Span(label);
        badge.addClassName("band-badge");
        if (colour != null && colour.matches("#[0-9a-fA-F]{3,8}")) {
            badge.getStyle().set("border-left-color", colour);
        }
        return badge;
    }

    private static Section section(String id, String title, Component... children) {
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.add(children);
        section.addClassName("page-section");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }
}
