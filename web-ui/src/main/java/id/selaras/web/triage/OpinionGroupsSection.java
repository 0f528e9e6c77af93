package id.selaras.web.triage;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.dom.Element;
import id.selaras.web.BackendException;
import id.selaras.web.Language;
import id.selaras.web.api.ApiException;
import id.selaras.web.chart.Numbers;
import id.selaras.web.controls.Dates;
import id.selaras.web.triage.OpinionClient.Group;
import id.selaras.web.triage.OpinionClient.Groups;
import id.selaras.web.triage.OpinionClient.Statement;

/**
 * The opinion groups of a consultation as a page section: the map (the API's SVG, shown only when {@link SafeSvg} finds
 * nothing active in it), per group its size and the comments that set it apart, the comments all groups agree on, and
 * a table of the groups for screen readers. Refreshes on the page's consultation activity (at most every
 * {@link #MIN_INTERVAL}; the backend recomputes no more often either) and on "Perbarui".
 */
@StyleSheet("styles/triage.css")
public class OpinionGroupsSection extends Section {

    static final Duration MIN_INTERVAL = Duration.ofSeconds(3);

    private final OpinionClient client;
    private final String consultationId;
    private final LongSupplier clock;
    private final Div content = new Div();
    private final Paragraph status = new Paragraph();
    private long lastLoad = Long.MIN_VALUE / 2;
    private boolean pending;

    /** For a page: the client from the application context. */
    public static OpinionGroupsSection of(String consultationId) {
        OpinionClient client = Instantiator.get(UI.getCurrent()).getOrCreate(OpinionClient.class);
        return new OpinionGroupsSection(client, consultationId, System::nanoTime);
    }

    OpinionGroupsSection(OpinionClient client, String consultationId, LongSupplier nanoClock) {
        this.client = client;
        this.consultationId = consultationId;
        this.clock = nanoClock;
        addClassNames("page-section", "opinion-groups");
        setId("opinion-groups");
        H2 heading = new H2(getTranslation("triage.opinion.title"));
        heading.setId("opinion-groups-title");
        getElement().setAttribute("aria-labelledby", "opinion-groups-title");
        Paragraph lead = new Paragraph(getTranslation("triage.opinion.lead"));
        lead.addClassName("lead");
        NativeButton refresh = new NativeButton(getTranslation("triage.opinion.refresh"), e -> refresh());
        refresh.addClassNames("button", "button-secondary");
        refresh.setId("opinion-refresh");
        refresh.getElement().setAttribute("aria-label", getTranslation("triage.opinion.refresh.label"));
        status.addClassName("opinion-status");
        status.getElement().setAttribute("aria-live", "polite");
        content.addClassName("opinion-content");
        add(heading, lead, refresh, status, content);
        refresh();
    }

    /**
     * Something happened in the consultation (a comment, a reaction...): loads again, at most once per
     * {@link #MIN_INTERVAL}; an event inside the interval schedules one load at its end.
     */
    public void changed() {
        long now = clock.getAsLong();
        long wait = MIN_INTERVAL.toNanos() - (now - lastLoad);
        if (wait <= 0) {
            refresh();
            return;
        }
        if (pending) {
            return;
        }
        pending = true;
        Optional<UI> ui = getUI();
        if (ui.isEmpty()) {
            return;
        }
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> {
            try {
                ui.get().access(this::refresh);
            } catch (com.vaadin.flow.component.UIDetachedException gone) {
                // the page was left meanwhile: nothing to refresh
            }
        });
    }

    /** Loads and shows the groups now. */
    public void refresh() {
        pending = false;
        lastLoad = clock.getAsLong();
        Groups groups;
        try {
            groups = client.groups(consultationId);
        } catch (ApiException | BackendException e) {
            status.setText(e instanceof ApiException a ? a.getLocalizedMessage() : getTranslation("error.unreachable"));
            return;
        }
        render(groups);
    }

    void render(Groups g) {
        content.removeAll();
        Locale locale = Language.current();
        if (g == null || g.groups() == null || g.groups().isEmpty()) {
            status.setText(getTranslation("triage.opinion.none"));
            return;
        }
        status.setText(getTranslation("triage.opinion.status", g.participants(), g.votes(), g.comments(),
                g.computedAt() == null ? "" : Dates.dateTime(g.computedAt(), locale)));
        Div map = new Div();
        map.addClassName("opinion-map");
        Optional<String> svg = SafeSvg.check(g.svg());
        if (svg.isPresent()) {
            map.add(new Html(svg.get()));
        } else {
            Paragraph none = new Paragraph(getTranslation("triage.opinion.no-map"));
            none.addClassName("opinion-no-map");
            map.add(none);
        }
        content.add(map, table(g, locale));
        Div groups = new Div();
        groups.addClassName("opinion-group-list");
        for (Group group : g.groups()) {
            Div box = new Div();
            box.addClassNames("card", "opinion-group");
            box.getElement().setAttribute("data-group", group.letter());
            box.add(new H3(getTranslation("triage.opinion.group", group.letter(), group.size())));
            List<Statement> d = group.distinguishing() == null ? List.of() : group.distinguishing();
            if (d.isEmpty()) {
                box.add(new Paragraph(getTranslation("triage.opinion.group.none")));
            } else {
                box.add(new Paragraph(getTranslation("triage.opinion.distinguishing")), statements(d, locale, true));
            }
            groups.add(box);
        }
        content.add(groups);
        Div consensus = new Div();
        consensus.addClassName("opinion-consensus");
        consensus.add(new H3(getTranslation("triage.opinion.consensus")));
        List<Statement> c = g.consensus() == null ? List.of() : g.consensus();
        consensus.add(c.isEmpty() ? new Paragraph(getTranslation("triage.opinion.consensus.none")) : statements(c, locale, false));
        content.add(consensus);
    }

    private UnorderedList statements(List<Statement> list, Locale locale, boolean withOthers) {
        UnorderedList ul = new UnorderedList();
        ul.addClassName("opinion-statements");
        for (Statement s : list) {
            String side = getTranslation(s.agree() ? "triage.opinion.agree" : "triage.opinion.disagree", percent(s.share(), locale));
            String others = withOthers && s.othersShare() != null
                    ? " " + getTranslation("triage.opinion.others", percent(s.othersShare(), locale)) : "";
            Span verdict = new Span(side + others);
            verdict.addClassNames("opinion-verdict", s.agree() ? "agree" : "disagree");
            Span text = new Span(s.comment() == null || s.comment().body() == null ? getTranslation("triage.opinion.hidden")
                    : s.comment().body());
            text.addClassName("opinion-comment");
            ListItem item = new ListItem(verdict, text);
            if (s.comment() != null) {
                // Not data-comment-id: the page's comment thread (and its browser journeys) own that attribute.
                item.getElement().setAttribute("data-opinion-comment", s.comment().id());
            }
            ul.add(item);
        }
        return ul;
    }

    private Div table(Groups g, Locale locale) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        table.getClassList().add("opinion-table");
        table.appendChild(new Element("caption").setText(getTranslation("triage.opinion.table")));
        Element head = new Element("tr").appendChild(th(getTranslation("triage.opinion.col.group")),
                th(getTranslation("triage.opinion.col.size")), th(getTranslation("triage.opinion.col.share")),
                th(getTranslation("triage.opinion.col.top")));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        int total = g.groups().stream().mapToInt(Group::size).sum();
        for (Group group : g.groups()) {
            List<Statement> d = group.distinguishing() == null ? List.of() : group.distinguishing();
            String top = d.isEmpty() || d.getFirst().comment() == null || d.getFirst().comment().body() == null ? "–"
                    : getTranslation(d.getFirst().agree() ? "triage.opinion.agree" : "triage.opinion.disagree",
                    percent(d.getFirst().share(), locale)) + ": " + d.getFirst().comment().body();
            body.appendChild(new Element("tr").appendChild(
                    new Element("th").setAttribute("scope", "row").setText(group.letter()),
                    td(Numbers.format((double) group.size(), locale), getTranslation("triage.opinion.col.size")),
                    td(total == 0 ? "–" : percent((double) group.size() / total, locale), getTranslation("triage.opinion.col.share")),
                    td(top, getTranslation("triage.opinion.col.top"))));
        }
        table.appendChild(body);
        Div scroller = new Div();
        scroller.addClassName("table-scroll");
        scroller.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
        scroller.getElement().appendChild(table);
        return scroller;
    }

    static String percent(double share, Locale locale) {
        return Numbers.percent((double) Math.round(share * 100), locale);
    }

    private static Element th(String text) {
        return new Element("th").setAttribute("scope", "col").setText(text);
    }

    private static Element td(String text, String label) {
        return new Element("td").setAttribute("data-label", label).setText(text);
    }

    Div content() {
        return content;
    }

    String statusText() {
        return status.getText();
    }
}
