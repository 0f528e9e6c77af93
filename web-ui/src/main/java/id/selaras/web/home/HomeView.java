package id.selaras.web.home;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import id.selaras.web.comment.Participation;
import id.selaras.web.controls.Dates;
import id.selaras.web.identity.Role;
import id.selaras.web.ui.ErrorState;

/**
 * The home page (beranda): what is open for comment now, the plans adopted lately, and for a signed-in citizen what
 * became of their aspirations (usulan).
 */
@Route(value = Navigation.HOME, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/public.css")
public class HomeView extends Main implements HasDynamicTitle {

    static final int ADOPTED_SHOWN = 5;
    static final int ASPIRATIONS_SHOWN = 5;

    private final HomeClient home;
    private final Participation people;
    private final Div content = new Div();

    HomeView(HomeClient home, Participation people) {
        this.home = home;
        this.people = people;
        addClassNames("home-view", "public-page");
        Paragraph lead = new Paragraph(getTranslation("home.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("home.title")), lead, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }

    private void load() {
        content.removeAll();
        HomeClient.Overview overview;
        try {
            overview = home.overview();
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        Locale locale = Language.current();
        content.add(consultations(overview.consultations(), locale),
                adopted(HomeData.recentlyAdopted(overview.plans(), ADOPTED_SHOWN), locale));
        if (people.signedIn() && people.has(Role.CITIZEN)) {
            content.add(myAspirations(locale));
        }
    }

    private Section consultations(List<HomeData.Consultation> open, Locale locale) {
        Section section = section("home-consultations", "home.consultations");
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.consultations.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("card-list");
            for (HomeData.Consultation c : open) {
                Anchor link = new Anchor(Links.consultation(c.id()), c.title());
                Article card = new Article(new H3(link));
                card.addClassName("card");
                if (c.planVersion() != null && c.planVersion().plan() != null) {
                    card.add(muted(c.planVersion().plan().kind() + " · " + c.planVersion().plan().title()));
                }
                card.add(new Paragraph(getTranslation("home.consultation.closes", Dates.dateTime(c.closesAt(), locale))),
                        muted(getTranslation("home.consultation.comments", c.commentCount() == null ? 0 : c.commentCount())));
                list.add(new ListItem(card));
            }
            section.add(list);
        }
        section.add(more(Links.CONSULTATIONS, "home.consultations.all"));
        return section;
    }

    private Section adopted(List<HomeData.Plan> plans, Locale locale) {
        Section section = section("home-adopted", "home.adopted");
        if (plans.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.adopted.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("card-list");
            for (HomeData.Plan p : plans) {
                Anchor link = new Anchor(Links.planVersion(p.adoptedVersion().id()), p.kind() + " · " + p.title());
                Article card = new Article(new H3(link),
                        muted((p.region() == null ? "" : p.region().name() + " · ")
                                + getTranslation("explorer.period", String.valueOf(p.periodStart()), String.valueOf(p.periodEnd()))),
                        new Paragraph(getTranslation("home.adopted.on", p.adoptedVersion().number(),
                                Dates.date(p.adoptedVersion().adoptedAt(), locale))));
                card.addClassName("card");
                list.add(new ListItem(card));
            }
            section.add(list);
        }
        section.add(more(Links.PLANS, "home.plans.all"));
        return section;
    }

    private Section myAspirations(Locale locale) {
        Section section = section("home-aspirations", "home.my-aspirations");
        try {
            List<HomeData.Aspiration> mine = home.myAspirations(ASPIRATIONS_SHOWN);
            if (mine.isEmpty()) {
                section.add(new Paragraph(getTranslation("home.my-aspirations.none")));
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("step-list");
                for (HomeData.Aspiration a : mine) {
                    Span status = new Span(getTranslation("aspiration.status." + a.status()));
                    status.addClassName("chip");
                    list.add(new ListItem(new Span(a.title() + " "), status,
                            muted(getTranslation("home.my-aspirations.updated", Dates.dateTime(a.updatedAt(), locale)))));
                }
                section.add(list);
            }
        } catch (ApiException | BackendException e) {
            section.add(new ErrorState(e, this::load));
        }
        section.add(more(Links.ASPIRATIONS, "home.aspirations.all"));
        return section;
    }

    private Section section(String cssClass, String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassNames("page-section", cssClass);
        return section;
    }

    private Component more(String href, String key) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.addClassName("more-link");
        return new Paragraph(link);
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }
}
