package id.selaras.web.consultation;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
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

/** Every consultation: open ones first, then those scheduled, then the closed ones with their records. */
@Route(value = Navigation.CONSULTATIONS, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/public.css")
public class ConsultationListView extends Main implements HasDynamicTitle {

    static final List<String> STATES = List.of("OPEN", "SCHEDULED", "CLOSED");

    private final ConsultationClient consultations;
    private final Div content = new Div();

    ConsultationListView(ConsultationClient consultations) {
        this.consultations = consultations;
        addClassNames("consultation-list-view", "public-page");
        Paragraph lead = new Paragraph(getTranslation("consultation.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("consultation.title")), lead, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        List<ConsultationData.Summary> all;
        try {
            all = consultations.list();
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        if (all.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("consultation.none")));
            empty.addClassName("empty-state");
            content.add(empty);
            return;
        }
        Locale locale = Language.current();
        for (String state : STATES) {
            List<ConsultationData.Summary> group = all.stream().filter(c -> state.equals(c.state())).toList();
            if (group.isEmpty()) {
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("card-list");
            group.forEach(c -> list.add(new ListItem(card(c, locale))));
            Div section = new Div(new H2(getTranslation("consultation.group." + state)), list);
            section.addClassName("consultation-group");
            content.add(section);
        }
    }

    private Article card(ConsultationData.Summary c, Locale locale) {
        Span state = new Span(getTranslation("consultation.state." + c.state()));
        state.addClassNames("chip", "status-" + c.state().toLowerCase(Locale.ROOT));
        Paragraph kind = new Paragraph(new Span(getTranslation("consultation.kind." + c.kind()) + " "), state);
        kind.addClassName("muted");
        Article card = new Article(new com.vaadin.flow.component.html.H3(new Anchor(Links.consultation(c.id()), c.title())), kind);
        card.addClassName("card");
        if (c.planVersion() != null && c.planVersion().plan() != null) {
            card.add(new Paragraph(c.planVersion().plan().kind() + " · " + c.planVersion().plan().title()));
        }
        card.add(new Paragraph(getTranslation("consultation.dates", Dates.dateTime(c.opensAt(), locale),
                Dates.dateTime(c.closesAt(), locale))));
        if (c.area() != null) {
            card.add(new Paragraph(getTranslation("consultation.area", c.area().name())));
        }
        return card;
    }
}
