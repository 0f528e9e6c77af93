package id.selaras.web.consultation;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import id.selaras.web.BackendException;
import id.selaras.web.Language;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Live;
import id.selaras.web.comment.CommentClient;
import id.selaras.web.comment.CommentThread;
import id.selaras.web.comment.Links;
import id.selaras.web.comment.Missing;
import id.selaras.web.comment.Participation;
import id.selaras.web.comment.ThreadSettings;
import id.selaras.web.controls.Dates;
import id.selaras.web.triage.OpinionGroupsSection;
import id.selaras.web.ui.ErrorState;

/**
 * One consultation: what it covers (the whole plan, or chosen nodes and indicators), when it is open, its offline
 * meetings with their records, how people took part, what is happening now (live), and its own comment thread.
 */
@Route(value = Navigation.CONSULTATIONS + "/:id", layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/public.css")
public class ConsultationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int ACTIVITY_SHOWN = 10;

    private final ConsultationClient consultations;
    private final CommentClient comments;
    private final Live live;
    private final Participation people;
    private final Div meetings = new Div();
    private final UnorderedList activity = new UnorderedList();
    private final Span state = new Span();
    private String title = "";
    private Registration activityStream;

    ConsultationView(ConsultationClient consultations, CommentClient comments, Live live, Participation people) {
        this.consultations = consultations;
        this.comments = comments;
        this.live = live;
        this.people = people;
        addClassNames("consultation-view", "public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().get("id").orElse(""));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("consultation.title") : title) + " · Selaras";
    }

    private void load(String id) {
        removeAll();
        if (activityStream != null) {
            activityStream.remove();
        }
        ConsultationData.Detail c;
        try {
            c = consultations.consultation(id);
        } catch (ApiException | BackendException e) {
            if (Missing.is(e)) {
                add(new H1(getTranslation("consultation.title")), new Paragraph(getTranslation("error.not-found")));
                return;
            }
            add(new H1(getTranslation("consultation.title")), new ErrorState(e, () -> load(id)));
            return;
        }
        if (c == null || c.title() == null) {
            add(new H1(getTranslation("consultation.title")), new Paragraph(getTranslation("error.not-found")));
            return;
        }
        title = c.title();
        Locale locale = Language.current();
        Nav nav = new Nav(new UnorderedList(new ListItem(new Anchor(Links.CONSULTATIONS, getTranslation("nav.consultations")))));
        nav.addClassName("breadcrumb");
        nav.getElement().setAttribute("aria-label", getTranslation("explorer.breadcrumb"));
        add(nav, new H1(c.title()), meta(c, locale));
        if (c.description() != null && !c.description().isBlank()) {
            Paragraph description = new Paragraph(c.description());
            description.addClassName("lead");
            add(description);
        }
        add(scope(c), statistics(c));
        meetings.removeAll();
        meetings.addClassName("meetings");
        List<ConsultationData.Meeting> list = c.meetings() == null ? List.of() : c.meetings();
        list.forEach(m -> meetings.add(meeting(m, locale)));
        Section meetingSection = section("consultation-meetings", "consultation.meetings");
        Paragraph none = new Paragraph(getTranslation("consultation.meetings.none"));
        none.setVisible(list.isEmpty());
        none.addClassName("meetings-none");
        meetingSection.add(none, meetings);
        add(meetingSection, activitySection());
        people.returnHereAfterSignIn(Links.consultation(c.id()));
        var opinions = OpinionGroupsSection.of(c.id()); // opinion groups (assistui)
        add(opinions);
        add(new CommentThread(ThreadSettings.plain(c.id(), people.signedIn()), comments, live, people));
        activityStream = live.subscribe(this, ConsultationClient.activity(c.id()), ConsultationData.Event.class,
                people.token(), e -> { event(e); opinions.changed(); }, () -> load(id), s -> { });
    }

    private Div meta(ConsultationData.Detail c, Locale locale) {
        state.setText(getTranslation("consultation.state." + c.state()));
        state.setClassName("chip status-" + c.state().toLowerCase(Locale.ROOT));
        Paragraph kind = new Paragraph(new Span(getTranslation("consultation.kind." + c.kind()) + " "), state);
        kind.addClassName("indicator-meta");
        Div meta = new Div(kind, new Paragraph(getTranslation("consultation.dates", Dates.dateTime(c.opensAt(), locale),
                Dates.dateTime(c.closesAt(), locale))));
        if (c.area() != null) {
            meta.add(new Paragraph(getTranslation("consultation.area", c.area().name())));
        }
        if (c.planVersion() != null && c.planVersion().plan() != null) {
            meta.add(new Paragraph(new Anchor(Links.planVersion(c.planVersion().id()), c.planVersion().plan().kind()
                    + " · " + c.planVersion().plan().title() + " · " + getTranslation("explorer.version",
                    c.planVersion().number()))));
        }
        return meta;
    }

    private Section scope(ConsultationData.Detail c) {
        Section section = section("consultation-scope", "consultation.scope");
        if (Boolean.TRUE.equals(c.wholePlan())) {
            section.add(new Paragraph(getTranslation("consultation.scope.whole")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        if (c.scopeNodes() != null && c.planVersion() != null) {
            c.scopeNodes().forEach(n -> list.add(new ListItem(new Span(getTranslation("explorer.kind." + n.kind()) + ": "),
                    new Anchor(Links.planVersion(c.planVersion().id()), (n.code() == null ? "" : n.code() + " ") + n.title()))));
        }
        if (c.scopeIndicators() != null) {
            c.scopeIndicators().forEach(i -> list.add(new ListItem(new Span(getTranslation("indicator.title") + ": "),
                    new Anchor(Links.indicator(i.id()), (i.code() == null ? "" : i.code() + " · ") + i.name()))));
        }
        section.add(new Paragraph(getTranslation("consultation.scope.lead")), list);
        return section;
    }

    private Section statistics(ConsultationData.Detail c) {
        Section section = section("consultation-statistics", "consultation.statistics");
        ConsultationData.Statistics s = c.statistics();
        if (s == null) {
            return section;
        }
        DescriptionList list = new DescriptionList();
        list.addClassName("facts");
        stat(list, "consultation.stat.comments", s.comments());
        stat(list, "consultation.stat.participants", s.participants());
        stat(list, "consultation.stat.reactions", s.reactions());
        stat(list, "consultation.stat.proposals", s.proposals());
        stat(list, "consultation.stat.official", s.officialResponses());
        stat(list, "consultation.stat.meetings", s.meetings());
        stat(list, "consultation.stat.meeting-participants", s.meetingParticipants());
        section.add(list);
        return section;
    }

    private void stat(DescriptionList list, String key, Integer value) {
        list.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(id.selaras.web.chart.Numbers.format(value == null ? 0.0 : value.doubleValue(),
                        Language.current())));
    }

    private Article meeting(ConsultationData.Meeting m, Locale locale) {
        Article a = new Article(new H3(Dates.date(m.heldOn(), locale) + " · " + m.place()));
        a.addClassNames("card", "meeting");
        a.getElement().setAttribute("data-meeting-id", m.id());
        a.add(new Paragraph(getTranslation("consultation.meeting.participants", m.totalParticipants() == null ? 0
                : m.totalParticipants())));
        if (m.participants() != null && !m.participants().isEmpty()) {
            UnorderedList categories = new UnorderedList();
            categories.addClassName("stat-bars");
            m.participants().forEach(p -> categories.add(new ListItem(
                    new Span(getTranslation("consultation.stakeholder." + p.category())), new Span(String.valueOf(p.count())))));
            a.add(categories);
        }
        if (m.minutes() != null && !m.minutes().isBlank()) {
            a.add(new H3(getTranslation("consultation.meeting.minutes")), new Paragraph(m.minutes()));
        }
        if (m.outcomes() != null && !m.outcomes().isBlank()) {
            a.add(new H3(getTranslation("consultation.meeting.outcomes")), new Paragraph(m.outcomes()));
        }
        return a;
    }

    private Section activitySection() {
        Section section = section("consultation-activity", "consultation.activity");
        activity.removeAll();
        activity.addClassName("activity-list");
        activity.getElement().setAttribute("aria-live", "polite");
        Paragraph lead = new Paragraph(getTranslation("consultation.activity.lead"));
        lead.addClassName("muted");
        section.add(lead, activity);
        return section;
    }

    private void event(ConsultationData.Event e) {
        Locale locale = Language.current();
        String text = ActivityText.describe(e, key -> getTranslation(key), (key, arg) -> getTranslation(key, arg));
        if (text == null) {
            return;
        }
        if (e.meeting() != null && e.meeting().id() != null) {
            meetings.getChildren().filter(c -> e.meeting().id().equals(c.getElement().getAttribute("data-meeting-id")))
                    .findFirst().ifPresentOrElse(old -> {
                        if ("DELETED".equals(e.action())) {
                            meetings.remove(old);
                        } else {
                            meetings.replace(old, meeting(e.meeting(), locale));
                        }
                    }, () -> {
                        if (!"DELETED".equals(e.action())) {
                            meetings.add(meeting(e.meeting(), locale));
                        }
                    });
            getChildren().flatMap(c -> c.getChildren()).filter(c -> c.hasClassName("meetings-none"))
                    .forEach(c -> c.setVisible(false));
        }
        if (e.consultation() != null && e.consultation().state() != null) {
            state.setText(getTranslation("consultation.state." + e.consultation().state()));
            state.setClassName("chip status-" + e.consultation().state().toLowerCase(Locale.ROOT));
        }
        ListItem item = new ListItem(new Span(Dates.dateTime(java.time.OffsetDateTime.now(), locale) + " · "), new Span(text));
        activity.addComponentAsFirst(item);
        while (activity.getComponentCount() > ACTIVITY_SHOWN) {
            activity.remove(activity.getComponentAt(activity.getComponentCount() - 1));
        }
    }

    private Section section(String cssClass, String key) {
        Section section = new Section(new H2(getTranslation(key)));
        section.addClassNames("page-section", cssClass);
        return section;
    }
}
