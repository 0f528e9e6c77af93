package id.selaras.web.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.selaras.web.BackendException;
import id.selaras.web.Language;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.chart.CascadeDiagram;
import id.selaras.web.api.Live;
import id.selaras.web.comment.CommentClient;
import id.selaras.web.comment.CommentThread;
import id.selaras.web.comment.Links;
import id.selaras.web.comment.Participation;
import id.selaras.web.comment.ThreadSettings;
import id.selaras.web.comment.Missing;
import id.selaras.web.controls.Dates;
import id.selaras.web.ui.ErrorState;

/**
 * One version of a plan: its cascade (pohon kinerja) from visi down to sub-kegiatan — a drill-down on phones, an
 * open tree on wide screens — every node with its indicators, and the diagram to print.
 */
@Route(value = Navigation.PLANS + "/:version", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/public.css")
public class PlanVersionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The diagram goes down to programs: below them a printed page is no longer readable. */
    static final String DIAGRAM_DEPTH = "PROGRAM";

    private final ExplorerClient explorer;
    private final CommentClient comments;
    private final Live live;
    private final Participation people;
    private String title = "";

    PlanVersionView(ExplorerClient explorer, CommentClient comments, Live live, Participation people) {
        this.explorer = explorer;
        this.comments = comments;
        this.live = live;
        this.people = people;
        addClassNames("plan-version-view", "public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().get("version").orElse(""));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("explorer.title") : title) + " · Selaras";
    }

    private void load(String id) {
        removeAll();
        ExplorerData.VersionPage version;
        List<ExplorerData.Node> nodes;
        try {
            version = explorer.version(id);
            nodes = version == null || version.plan() == null ? List.of() : explorer.cascade(id);
        } catch (ApiException | BackendException e) {
            if (Missing.is(e)) {
                add(new H1(getTranslation("explorer.title")), new Paragraph(getTranslation("error.not-found")));
                return;
            }
            add(new H1(getTranslation("explorer.title")), new ErrorState(e, () -> load(id)));
            return;
        }
        if (version == null || version.plan() == null) {
            add(new H1(getTranslation("explorer.title")), new Paragraph(getTranslation("error.not-found")));
            return;
        }
        ExplorerData.PlanRef plan = version.plan();
        title = plan.title() + " · " + getTranslation("explorer.version", version.number());
        Locale locale = Language.current();
        add(breadcrumb(), new H1(plan.title()), meta(version, locale));
        List<CascadeTree.Branch> tree = CascadeTree.build(nodes);
        add(cascade(tree), diagram(plan, tree));
        // General comments on the version as a whole (a plan version is Commentable); printed pages leave them out.
        people.returnHereAfterSignIn(Links.planVersion(version.id()));
        add(new CommentThread(ThreadSettings.plain(version.id(), people.signedIn()), comments, live, people));
    }

    private Nav breadcrumb() {
        Nav nav = new Nav(new UnorderedList(new ListItem(new Anchor(Links.PLANS, getTranslation("nav.plans")))));
        nav.addClassName("breadcrumb");
        nav.getElement().setAttribute("aria-label", getTranslation("explorer.breadcrumb"));
        return nav;
    }

    private Div meta(ExplorerData.VersionPage v, Locale locale) {
        ExplorerData.PlanRef plan = v.plan();
        Span status = new Span(getTranslation("explorer.status." + v.status()));
        status.addClassNames("chip", "status-" + v.status().toLowerCase(Locale.ROOT));
        Paragraph line = new Paragraph(new Span(plan.kind() + " · " + (plan.region() == null
                ? getTranslation("explorer.national") : plan.region().name()) + " · "
                + getTranslation("explorer.period", String.valueOf(plan.periodStart()), String.valueOf(plan.periodEnd()))
                + " · " + getTranslation("explorer.version", v.number()) + " "), status);
        line.addClassName("indicator-meta");
        Div meta = new Div(line);
        if (v.note() != null && !v.note().isBlank()) {
            meta.add(new Paragraph(v.note()));
        }
        Paragraph counts = new Paragraph(getTranslation("explorer.counts", v.nodeCount() == null ? 0 : v.nodeCount(),
                v.indicatorCount() == null ? 0 : v.indicatorCount())
                + (v.adoptedAt() == null ? "" : " · " + getTranslation("explorer.adopted-on", Dates.date(v.adoptedAt(), locale))));
        counts.addClassName("muted");
        meta.add(counts);
        return meta;
    }

    private Section cascade(List<CascadeTree.Branch> tree) {
        Section section = new Section(new H2(getTranslation("explorer.cascade")));
        section.addClassNames("page-section", "cascade-section");
        if (tree.isEmpty()) {
            section.add(new Paragraph(getTranslation("explorer.cascade.empty")));
            return section;
        }
        CascadeList list = new CascadeList(tree);
        NativeButton open = new NativeButton(getTranslation("explorer.expand-all"),
                click -> list.getElement().executeJs("this.querySelectorAll('details').forEach(d => d.open = true)"));
        NativeButton close = new NativeButton(getTranslation("explorer.collapse-all"),
                click -> list.getElement().executeJs("this.querySelectorAll('details').forEach(d => d.open = false)"));
        open.addClassNames("button", "button-secondary");
        close.addClassNames("button", "button-secondary");
        Div buttons = new Div(open, close);
        buttons.addClassName("form-buttons");
        section.add(buttons, list);
        return section;
    }

    private Section diagram(ExplorerData.PlanRef plan, List<CascadeTree.Branch> tree) {
        Section section = new Section(new H2(getTranslation("explorer.diagram")));
        section.addClassNames("page-section", "diagram-section");
        if (tree.isEmpty()) {
            return section;
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        CascadeTree.KINDS.forEach(k -> kinds.put(k, getTranslation("explorer.kind." + k)));
        List<CascadeDiagram.Box> boxes = CascadeTree.boxes(tree, DIAGRAM_DEPTH, kinds);
        Paragraph lead = new Paragraph(getTranslation("explorer.diagram.lead"));
        lead.addClassName("muted");
        NativeButton print = new NativeButton(getTranslation("explorer.print"),
                click -> getElement().executeJs("window.print()"));
        print.addClassNames("button", "print-button");
        Div svg = new Div();
        svg.addClassName("cascade-diagram");
        svg.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
        svg.getElement().setProperty("innerHTML", CascadeDiagram.render(getTranslation("explorer.diagram.title",
                plan.title()), boxes, getTranslation("explorer.diagram.indicators")));
        section.add(lead, print, svg);
        return section;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Wide screens show the whole tree open; phones keep the drill-down (same markup, see public.css).
        attach.getUI().getPage().executeJs("if (window.matchMedia('(min-width: 64rem)').matches) "
                + "document.querySelectorAll('.cascade details').forEach(d => d.open = true)");
    }
}
