package id.selaras.web.aspiration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
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
import id.selaras.web.api.Live;
import id.selaras.web.chart.Numbers;
import id.selaras.web.comment.Participation;
import id.selaras.web.controls.Choice;
import id.selaras.web.controls.Dates;
import id.selaras.web.identity.AccountMenu;
import id.selaras.web.ui.ErrorState;
import id.selaras.web.ui.Field;

/**
 * Aspirations (usulan warga): send one, follow what became of yours (the status trail with its public reasons, live),
 * and see the public counts by status, topic and area — the loop closes in public.
 */
@Route(value = Navigation.ASPIRATIONS, layout = MainLayout.class)
@AnonymousAllowed
@StyleSheet("styles/public.css")
public class AspirationView extends Main implements HasDynamicTitle {

    private final AspirationClient aspirations;
    private final Participation people;
    private final Live live;
    private final Div content = new Div();
    private final Div mine = new Div();
    private final Div statistics = new Div();
    private Map<String, String> topicLabels = Map.of();
    private boolean subscribed;

    AspirationView(AspirationClient aspirations, Participation people, Live live) {
        this.aspirations = aspirations;
        this.people = people;
        this.live = live;
        addClassNames("aspiration-view", "public-page");
        Paragraph lead = new Paragraph(getTranslation("aspiration.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("aspiration.page-title")), lead, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aspiration.page-title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        AspirationClient.Setup setup;
        try {
            setup = aspirations.setup();
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        setup.topics().forEach(t -> labels.put(t.code(), t.label()));
        topicLabels = labels;
        if (setup.regions().isEmpty()) {
            content.add(new Paragraph(getTranslation("aspiration.no-region")));
            return;
        }
        Section write = section("aspiration-write", "aspiration.write");
        Section mineSection = section("aspiration-mine", "aspiration.mine");
        Section stats = section("aspiration-statistics", "aspiration.statistics");
        AspirationData.Region first = setup.regions().getFirst();
        if (setup.regions().size() > 1) {
            Choice region = new Choice();
            Map<String, String> options = new LinkedHashMap<>();
            setup.regions().forEach(r -> options.put(r.id(), r.name()));
            region.options(options);
            region.addValueChangeListener(e -> setup.regions().stream().filter(r -> r.id().equals(e.getValue())).findFirst()
                    .ifPresent(r -> showRegion(r, setup, write)));
            content.add(new Field("aspiration-region", getTranslation("aspiration.region"), region));
        }
        content.add(write, mineSection, stats);
        mineSection.add(mine);
        stats.add(statistics);
        showRegion(first, setup, write);
        if (people.signedIn()) {
            showMine();
            if (!subscribed) {
                subscribed = true;
                live.subscribe(this, AspirationClient.updates(), AspirationData.Event.class, people.token(),
                        e -> showMine(), this::showMine, s -> { });
            }
        } else {
            mineSection.setVisible(false);
            people.returnHereAfterSignIn(Navigation.ASPIRATIONS);
        }
    }

    private void showRegion(AspirationData.Region region, AspirationClient.Setup setup, Section write) {
        write.getChildren().skip(1).toList().forEach(write::remove);
        if (people.signedIn()) {
            List<AspirationData.Region> kecamatan;
            try {
                kecamatan = aspirations.below(region.id());
            } catch (ApiException | BackendException e) {
                kecamatan = List.of();
            }
            write.add(new AspirationForm(aspirations, region.id(), setup.topics(), kecamatan, sent -> {
                showMine();
                showStatistics(region);
            }));
        } else {
            Anchor signIn = new Anchor(AccountMenu.SIGN_IN, getTranslation("aspiration.sign-in"));
            signIn.setId("aspiration-sign-in");
            signIn.setRouterIgnore(true);
            signIn.addClassName("button");
            write.add(new Paragraph(getTranslation("aspiration.sign-in.lead")), signIn);
        }
        showStatistics(region);
    }

    private void showMine() {
        mine.removeAll();
        List<AspirationData.Aspiration> list;
        try {
            list = aspirations.mine();
        } catch (ApiException | BackendException e) {
            mine.add(new ErrorState(e, this::showMine));
            return;
        }
        if (list.isEmpty()) {
            mine.add(new Paragraph(getTranslation("home.my-aspirations.none")));
            return;
        }
        Locale locale = Language.current();
        UnorderedList cards = new UnorderedList();
        cards.addClassName("card-list");
        list.forEach(a -> cards.add(new ListItem(card(a, locale))));
        mine.add(cards);
    }

    private Article card(AspirationData.Aspiration a, Locale locale) {
        Span status = new Span(getTranslation("aspiration.status." + a.status()));
        status.addClassName("chip");
        Article card = new Article(new H3(a.title()), new Paragraph(new Span(topicLabels.getOrDefault(a.topic(), a.topic())
                + (a.area() == null ? "" : " · " + a.area().name()) + " "), status));
        card.addClassNames("card", "aspiration");
        card.getElement().setAttribute("data-aspiration-id", a.id());
        if (a.assignedOpd() != null) {
            card.add(new Paragraph(getTranslation("aspiration.assigned", a.assignedOpd().shortName() != null
                    ? a.assignedOpd().shortName() : a.assignedOpd().name())));
        }
        OrderedList steps = new OrderedList();
        steps.addClassName("step-list");
        steps.getElement().setAttribute("aria-label", getTranslation("aspiration.trail"));
        for (AspirationData.Step s : a.stepList()) {
            ListItem item = new ListItem(new Span(Dates.dateTime(s.at(), locale) + " · "),
                    new Span(getTranslation("aspiration.status." + s.status())));
            if (s.reason() != null && !s.reason().isBlank()) {
                Paragraph reason = new Paragraph(s.reason());
                reason.addClassName("muted");
                item.add(reason);
            }
            steps.add(item);
        }
        card.add(steps);
        return card;
    }

    private void showStatistics(AspirationData.Region region) {
        statistics.removeAll();
        AspirationData.Statistics s;
        try {
            s = aspirations.statistics(region.id());
        } catch (ApiException | BackendException e) {
            statistics.add(new ErrorState(e, () -> showStatistics(region)));
            return;
        }
        if (s == null) {
            return;
        }
        Locale locale = Language.current();
        statistics.add(new Paragraph(getTranslation("aspiration.total", region.name(),
                Numbers.format(s.total() == null ? 0.0 : s.total(), locale))));
        statistics.add(counts("aspiration.by-status", s.byStatus() == null ? List.of() : s.byStatus().stream()
                .map(c -> Map.entry(getTranslation("aspiration.status." + c.status()), c.count())).toList(), locale));
        statistics.add(counts("aspiration.by-topic", s.byTopic() == null ? List.of() : s.byTopic().stream()
                .map(c -> Map.entry(c.topic() == null ? "–" : c.topic().label(), c.count())).toList(), locale));
        statistics.add(counts("aspiration.by-area", s.byArea() == null ? List.of() : s.byArea().stream()
                .map(c -> Map.entry(c.area() == null ? getTranslation("aspiration.area.unknown") : c.area().name(), c.count()))
                .toList(), locale));
    }

    private Div counts(String titleKey, List<Map.Entry<String, Integer>> rows, Locale locale) {
        if (rows.isEmpty()) {
            return new Div();
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("stat-bars");
        rows.forEach(r -> list.add(new ListItem(new Span(r.getKey()),
                new Span(Numbers.format(r.getValue() == null ? 0.0 : r.getValue(), locale)))));
        Div group = new Div(new H3(getTranslation(titleKey)), list);
        group.addClassName("stat-group");
        return group;
    }

    private Section section(String cssClass, String key) {
        Section section = new Section(new H2(getTranslation(key)));
        section.addClassNames("page-section", cssClass);
        return section;
    }
}
