package id.selaras.web.indicator;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.selaras.web.BackendException;
import id.selaras.web.Language;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Live;
import id.selaras.web.chart.Numbers;
import id.selaras.web.chart.TrendChart;
import id.selaras.web.comment.CommentClient;
import id.selaras.web.comment.CommentThread;
import id.selaras.web.comment.Links;
import id.selaras.web.comment.Missing;
import id.selaras.web.comment.Participation;
import id.selaras.web.comment.ProposalText;
import id.selaras.web.comment.ThreadSettings;
import id.selaras.web.ui.ErrorState;

/**
 * The public page of one indicator (indikator kinerja): what it measures and how, its targets and realisations as a
 * chart with its data table, its capaian, the national and provincial indicators it supports, and the public's
 * comments on it — with target proposals and the responsible OPD's official responses, live.
 */
@Route(value = Navigation.INDICATOR, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/public.css")
public class IndicatorView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final IndicatorClient indicators;
    private final CommentClient comments;
    private final Live live;
    private final Participation people;
    private String title = "";
    private CommentThread thread;

    IndicatorView(IndicatorClient indicators, CommentClient comments, Live live, Participation people) {
        this.indicators = indicators;
        this.comments = comments;
        this.live = live;
        this.people = people;
        addClassName("indicator-view");
        addClassName("public-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        load(id);
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("indicator.title") : title) + " · Selaras";
    }

    private void load(String id) {
        removeAll();
        if (thread != null) {
            thread.stop();
            thread = null;
        }
        IndicatorData indicator;
        try {
            indicator = indicators.indicator(id);
        } catch (ApiException | BackendException e) {
            if (Missing.is(e)) {
                add(new H1(getTranslation("indicator.title")), new Paragraph(getTranslation("error.not-found")));
                return;
            }
            add(new H1(getTranslation("indicator.title")), new ErrorState(e, () -> load(id)));
            return;
        }
        if (indicator == null || indicator.name() == null) {
            add(new H1(getTranslation("indicator.title")), new Paragraph(getTranslation("error.not-found")));
            return;
        }
        title = indicator.name();
        Locale locale = Language.current();
        add(breadcrumb(indicator), new H1(indicator.name()), lead(indicator), summary(indicator, locale),
                values(indicator, locale));
        if (indicator.alignedTo() != null && !indicator.alignedTo().isEmpty()) {
            add(alignment(indicator));
        }
        people.returnHereAfterSignIn(Links.indicator(indicator.id()));
        thread = new CommentThread(settings(indicator, locale), comments, live, people);
        add(thread);
    }

    private ThreadSettings settings(IndicatorData indicator, Locale locale) {
        List<ThreadSettings.ProposalYear> years = indicator.targetList().stream().filter(t -> t.year() != null)
                .map(t -> new ThreadSettings.ProposalYear(t.year(),
                        ProposalText.target(t.value(), t.min(), t.max(), indicator.unit(), locale))).toList();
        if (years.isEmpty() && indicator.planVersion() != null && indicator.planVersion().plan() != null) {
            IndicatorData.Plan plan = indicator.planVersion().plan();
            years = java.util.stream.IntStream.rangeClosed(plan.periodStart(), plan.periodEnd())
                    .mapToObj(y -> new ThreadSettings.ProposalYear(y, "–")).toList();
        }
        List<Participation.OpdRef> opds = indicator.responsibleOpds() == null ? List.of()
                : indicator.responsibleOpds().stream().map(o -> new Participation.OpdRef(o.code(),
                        o.region() == null ? "" : o.region().code())).toList();
        return new ThreadSettings(indicator.id(), people.signedIn(), people.officerOf(opds), years, indicator.unit());
    }

    private Nav breadcrumb(IndicatorData indicator) {
        UnorderedList trail = new UnorderedList();
        trail.add(new ListItem(new Anchor(Links.PLANS, getTranslation("nav.plans"))));
        if (indicator.planVersion() != null && indicator.planVersion().plan() != null) {
            IndicatorData.Plan plan = indicator.planVersion().plan();
            trail.add(new ListItem(new Anchor(Links.planVersion(indicator.planVersion().id()),
                    plan.title())));
        }
        if (indicator.node() != null) {
            Span node = new Span(getTranslation("explorer.kind." + indicator.node().kind()) + ": " + indicator.node().title());
            trail.add(new ListItem(node));
        }
        Nav nav = new Nav(trail);
        nav.addClassName("breadcrumb");
        nav.getElement().setAttribute("aria-label", getTranslation("explorer.breadcrumb"));
        return nav;
    }

    private Paragraph lead(IndicatorData indicator) {
        Paragraph lead = new Paragraph();
        lead.addClassName("indicator-meta");
        if (indicator.code() != null) {
            Span code = new Span(indicator.code());
            code.addClassName("indicator-code");
            lead.add(code);
        }
        if (indicator.type() != null) {
            Span type = new Span(indicator.type());
            type.addClassName("chip");
            lead.add(type);
        }
        if (indicator.planVersion() != null) {
            String status = indicator.planVersion().status();
            Span badge = new Span(getTranslation("explorer.status." + status));
            badge.addClassNames("chip", "status-" + status.toLowerCase(Locale.ROOT));
            lead.add(badge);
        }
        return lead;
    }

    private Section summary(IndicatorData indicator, Locale locale) {
        DescriptionList list = new DescriptionList();
        list.addClassName("facts");
        term(list, "indicator.definition", indicator.definition());
        term(list, "indicator.formula", indicator.formula());
        term(list, "indicator.unit", indicator.unit());
        term(list, "indicator.polarity", indicator.polarity() == null ? null
                : getTranslation("indicator.polarity." + indicator.polarity()));
        term(list, "indicator.frequency", indicator.frequency() == null ? null
                : getTranslation("indicator.frequency." + indicator.frequency()));
        term(list, "indicator.source", indicator.dataSource());
        term(list, "indicator.baseline", indicator.baseline() == null ? null
                : getTranslation("indicator.baseline.value", Numbers.withUnit(indicator.baseline().value(), indicator.unit(),
                locale), String.valueOf(indicator.baseline().year())));
        IndicatorData.Target end = indicator.endTarget();
        term(list, "indicator.end-target", end == null ? null
                : ProposalText.target(end.value(), end.min(), end.max(), indicator.unit(), locale)
                + (end.year() == null ? "" : " (" + end.year() + ")"));
        term(list, "indicator.opds", indicator.responsibleOpds() == null || indicator.responsibleOpds().isEmpty() ? null
                : String.join(", ", indicator.responsibleOpds().stream().map(IndicatorData.Opd::name).toList()));
        if (indicator.periodAchievement() != null) {
            list.add(new DescriptionList.Term(getTranslation("indicator.period-achievement")),
                    new DescriptionList.Description(band(indicator.periodAchievement(), locale)));
        }
        Section section = section("indicator-summary", getTranslation("indicator.summary"));
        section.add(list);
        return section;
    }

    private Component band(IndicatorData.Achievement a, Locale locale) {
        if (!"MEASURED".equals(a.status())) {
            return new Span(getTranslation("indicator.achievement." + a.status()));
        }
        Span value = new Span(Numbers.percent(a.percent(), locale));
        Span out = new Span(value);
        if (a.band() != null) {
            Span band = new Span(a.band().label());
            band.addClassName("band");
            if (a.band().colour() != null && a.band().colour().matches("#[0-9a-fA-F]{3,8}")) {
                band.getStyle().set("border-color", a.band().colour());
            }
            out.add(new Span(" "), band);
        }
        return out;
    }

    private void term(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private Section values(IndicatorData indicator, Locale locale) {
        Section section = section("indicator-values-section", getTranslation("indicator.values"));
        List<YearRows.Row> rows = YearRows.rows(indicator, locale);
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("indicator.values.none")));
            return section;
        }
        Div chart = new Div();
        chart.addClassName("trend-chart");
        chart.getElement().setProperty("innerHTML", TrendChart.render(indicator.name(), indicator.unit(),
                indicator.baseline() == null ? null : indicator.baseline().value(),
                indicator.baseline() == null ? null : indicator.baseline().year(), YearRows.points(indicator), locale,
                getTranslation("indicator.target"), getTranslation("indicator.realisation")));
        Paragraph legend = new Paragraph(legendItem("legend-target", getTranslation("indicator.target")),
                legendItem("legend-realisation", getTranslation("indicator.realisation")),
                legendItem("legend-baseline", getTranslation("indicator.baseline")));
        legend.addClassName("chart-legend");
        Div figure = new Div(chart, legend);
        figure.addClassName("chart-figure");
        Div both = new Div(figure, table(rows, indicator));
        both.addClassName("chart-and-table");
        section.add(both);
        return section;
    }

    private static Span legendItem(String cssClass, String text) {
        Span item = new Span(text);
        item.addClassNames("legend", cssClass);
        return item;
    }

    private Div table(List<YearRows.Row> rows, IndicatorData indicator) {
        NativeTable table = new NativeTable();
        table.addClassNames("indicator-values", "data-table");
        table.getElement().setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(getTranslation("indicator.values.caption", indicator.unit()));
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("indicator.year", "indicator.target", "indicator.realisation", "indicator.achievement")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (YearRows.Row row : rows) {
            NativeTableRow tr = new NativeTableRow();
            NativeTableHeaderCell year = new NativeTableHeaderCell(Integer.toString(row.year()));
            year.getElement().setAttribute("scope", "row");
            NativeTableCell achievement = new NativeTableCell(row.percent());
            if (row.band() != null) {
                Span band = new Span(row.band());
                band.addClassName("band");
                achievement.add(new Span(" "), band);
            }
            if (row.yearToDate()) {
                achievement.add(new Span(" " + getTranslation("indicator.year-to-date")));
            }
            tr.add(year, new NativeTableCell(row.target()), new NativeTableCell(row.realisation()), achievement);
            body.add(tr);
        }
        table.add(head, body);
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
        return scroll;
    }

    private Section alignment(IndicatorData indicator) {
        Section section = section("indicator-alignment", getTranslation("indicator.alignment"));
        section.add(new Paragraph(getTranslation("indicator.alignment.lead")));
        UnorderedList list = new UnorderedList();
        list.addClassName("aligned-list");
        for (IndicatorData.Aligned a : indicator.alignedTo()) {
            String plan = a.planVersion() == null || a.planVersion().plan() == null ? ""
                    : a.planVersion().plan().kind() + (a.planVersion().plan().region() == null ? ""
                    : " " + a.planVersion().plan().region().name());
            Anchor link = new Anchor(Links.indicator(a.id()), a.name());
            Span where = new Span(plan + (a.code() == null ? "" : " · " + a.code()));
            where.addClassName("aligned-plan");
            list.add(new ListItem(where, link));
        }
        section.add(list);
        return section;
    }

    private static Section section(String cssClass, String heading) {
        Section section = new Section(new H2(heading));
        section.addClassNames("page-section", cssClass);
        return section;
    }
}
