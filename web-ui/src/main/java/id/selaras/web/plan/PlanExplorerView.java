package id.selaras.web.plan;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Abbr;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.selaras.web.BackendException;
import id.selaras.web.Language;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.comment.Links;
import id.selaras.web.controls.Dates;
import id.selaras.web.ui.ErrorState;

/** The plan explorer: every published plan (RPJMD, Renstra, RKPD, and the reference plans) with its versions. */
@Route(value = Navigation.PLANS, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/public.css")
public class PlanExplorerView extends Main implements HasDynamicTitle {

    private final ExplorerClient explorer;
    private final Div content = new Div();

    PlanExplorerView(ExplorerClient explorer) {
        this.explorer = explorer;
        addClassNames("plan-explorer", "public-page");
        Paragraph lead = new Paragraph(getTranslation("explorer.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("explorer.title")), lead, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explorer.title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        List<ExplorerData.Plan> plans;
        try {
            plans = explorer.plans();
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        if (plans.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("explorer.empty")));
            empty.addClassName("empty-state");
            content.add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        plans.forEach(p -> list.add(new ListItem(card(p))));
        content.add(list);
    }

    private Article card(ExplorerData.Plan plan) {
        Abbr kind = new Abbr(plan.kind());
        kind.setTitle(getTranslation("explorer.plan-kind." + plan.kind()));
        kind.addClassName("plan-kind");
        Paragraph meta = new Paragraph(kind, new Span(" · " + (plan.region() == null
                ? getTranslation("explorer.national") : plan.region().name())),
                new Span(" · " + getTranslation("explorer.period", String.valueOf(plan.periodStart()),
                        String.valueOf(plan.periodEnd()))));
        meta.addClassName("muted");
        Article card = new Article(new H2(plan.title()), meta);
        card.addClassName("card");
        if (Boolean.TRUE.equals(plan.reference())) {
            Span reference = new Span(getTranslation("explorer.reference"));
            reference.addClassName("chip");
            card.add(reference);
        }
        List<ExplorerData.Version> versions = plan.versions() == null ? List.of() : plan.versions().list();
        UnorderedList list = new UnorderedList();
        list.addClassName("version-list");
        Locale locale = Language.current();
        for (ExplorerData.Version v : versions) {
            Anchor link = new Anchor(Links.planVersion(v.id()), getTranslation("explorer.version", v.number()));
            Span status = new Span(getTranslation("explorer.status." + v.status()));
            status.addClassNames("chip", "status-" + v.status().toLowerCase(Locale.ROOT));
            ListItem item = new ListItem(link, new Span(" "), status);
            if (v.adoptedAt() != null) {
                item.add(new Span(" " + getTranslation("explorer.adopted-on", Dates.date(v.adoptedAt(), locale))));
            }
            if (v.note() != null && !v.note().isBlank()) {
                Paragraph note = new Paragraph(v.note());
                note.addClassName("muted");
                item.add(note);
            }
            list.add(item);
        }
        card.add(list);
        return card;
    }
}
