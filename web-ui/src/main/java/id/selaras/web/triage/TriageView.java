package id.selaras.web.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.selaras.web.BackendException;
import id.selaras.web.Language;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import id.selaras.web.controls.Choice;
import id.selaras.web.controls.Dates;
import id.selaras.web.controls.TextBox;
import id.selaras.web.opd.Officer;
import id.selaras.web.triage.TriageClient.Aspiration;
import id.selaras.web.triage.TriageClient.Changed;
import id.selaras.web.triage.TriageClient.Duplicate;
import id.selaras.web.triage.TriageClient.DuplicateGroup;
import id.selaras.web.triage.TriageClient.Suggestion;
import id.selaras.web.ui.ErrorState;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;
import id.selaras.web.ui.Notice;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Triase aspirasi": the region's aspirations awaiting triage (received, under review), each with the platform's
 * suggested program, indicator and OPD and why (the matched words as chips); the officer confirms or rejects each
 * suggestion, changes the status with a public reason, and merges aspirations that say the same thing. Nothing is
 * decided automatically. Every write sends the version the officer saw: on CONFLICT the page reloads and says so.
 */
@Route(value = Navigation.TRIAGE, layout = MainLayout.class)
@RolesAllowed({"OPD_OFFICER", "BAPPEDA_PLANNER"})
@StyleSheet("styles/triage.css")
public class TriageView extends Main implements HasDynamicTitle {

    /** Statuses an officer may set here; the last three are outcomes and need a reason. */
    static final List<String> STATUSES = List.of("UNDER_REVIEW", "ACCOMMODATED", "PARTLY_ACCOMMODATED", "NOT_ACCOMMODATED");
    static final int REASON_MAX = 1000;

    private final TriageClient client;
    private final List<String> regions;
    private final Notice notice = new Notice("triage-notice");
    private final Paragraph summary = new Paragraph();
    private final Div queue = new Div();
    private final Div duplicates = new Div();
    /** Versions learnt from the API's answers since the page loaded (a confirm raises the version). */
    private final Map<String, Integer> versions = new HashMap<>();
    /** Each card's status chip, updated when an answer brings a new status. */
    private final Map<String, Span> statusChips = new HashMap<>();
    private TriageClient.Region region;

    @Autowired
    TriageView(TriageClient client, Officer officer) {
        this(client, officer.regions());
    }

    TriageView(TriageClient client, List<String> regions) {
        this.client = client;
        this.regions = regions;
        addClassNames("triage-view");
        Paragraph lead = new Paragraph(getTranslation("triage.lead"));
        lead.addClassName("lead");
        summary.setId("triage-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        queue.setId("triage-queue");
        queue.addClassName("triage-queue");
        duplicates.setId("triage-duplicates");
        duplicates.addClassName("triage-duplicates");
        Section awaiting = section("triage-awaiting", "triage.awaiting");
        awaiting.add(summary, queue);
        Section similar = section("triage-similar", "triage.duplicates");
        Paragraph told = new Paragraph(getTranslation("triage.duplicates.lead"));
        told.addClassName("triage-told");
        similar.add(told, duplicates);
        add(new H1(getTranslation("triage.title")), lead, notice, awaiting, similar);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("triage.title") + " · Selaras";
    }

    /** Loads the queue and the duplicate groups again, forgetting what the page knew. */
    void load() {
        queue.removeAll();
        duplicates.removeAll();
        versions.clear();
        statusChips.clear();
        summary.setText("");
        try {
            if (region == null) {
                region = regions.isEmpty() ? null : client.region(regions.getFirst());
            }
            if (region == null) {
                queue.add(empty(getTranslation("triage.no-region")));
                return;
            }
            TriageClient.Queue q = client.queue(region.id());
            summary.setText(getTranslation("triage.count", q.totalCount(), region.name()));
            if (q.aspirations().isEmpty()) {
                queue.add(empty(getTranslation("triage.none")));
            }
            q.aspirations().forEach(a -> queue.add(card(a)));
        } catch (ApiException | BackendException e) {
            queue.add(new ErrorState(e, this::load));
            return;
        }
        try {
            List<DuplicateGroup> groups = client.duplicates(region.id());
            if (groups.isEmpty()) {
                duplicates.add(empty(getTranslation("triage.duplicates.none")));
            }
            int n = 0;
            for (DuplicateGroup g : groups) {
                duplicates.add(group(g, ++n));
            }
        } catch (ApiException | BackendException e) {
            duplicates.add(new ErrorState(e, this::load));
        }
    }

    int version(String id, int seen) {
        return versions.getOrDefault(id, seen);
    }

    // ---- one aspiration ---------------------------------------------------------------------------------------

    private Article card(Aspiration a) {
        Locale locale = Language.current();
        Article card = new Article();
        card.addClassNames("card", "triage-item");
        card.getElement().setAttribute("data-aspiration-id", a.id());
        String dom = domId(a.id());
        H3 title = new H3(a.title());
        title.setId("asp-" + dom);
        card.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        Span status = new Span(getTranslation("aspiration.status." + a.status()));
        status.addClassNames("chip", "status-" + a.status().toLowerCase(Locale.ROOT));
        statusChips.put(a.id(), status);
        Paragraph meta = new Paragraph(new Span(getTranslation("triage.meta",
                a.area() == null ? getTranslation("triage.no-area") : a.area().name(),
                a.submittedAt() == null ? "" : Dates.date(a.submittedAt(), locale)) + " "), status);
        meta.addClassName("triage-meta");
        Paragraph body = new Paragraph(a.body());
        body.addClassName("triage-body");
        card.add(title, meta, body);
        Paragraph links = links(a);
        if (links != null) {
            card.add(links);
        }
        if (a.mergedAspirations() != null && !a.mergedAspirations().isEmpty()) {
            Paragraph merged = new Paragraph(getTranslation("triage.merged-count", a.mergedAspirations().size()));
            merged.addClassName("triage-merged");
            card.add(merged);
        }
        card.add(suggestions(a), statusForm(a), trail(a, locale));
        return card;
    }

    private Paragraph links(Aspiration a) {
        List<String> parts = new ArrayList<>();
        if (a.linkedNodes() != null) {
            a.linkedNodes().forEach(n -> parts.add(n.label()));
        }
        if (a.linkedIndicators() != null) {
            a.linkedIndicators().forEach(i -> parts.add(i.name()));
        }
        if (parts.isEmpty() && a.assignedOpd() == null) {
            return null;
        }
        String opd = a.assignedOpd() == null ? "–" : a.assignedOpd().label();
        Paragraph p = new Paragraph(getTranslation("triage.linked", parts.isEmpty() ? "–" : String.join("; ", parts), opd));
        p.addClassName("triage-linked");
        return p;
    }

    private Div suggestions(Aspiration a) {
        Div box = new Div();
        box.addClassName("triage-suggestions");
        box.add(new H4(getTranslation("triage.suggestions")));
        Div problems = new Div();
        problems.setVisible(false);
        List<Suggestion> list = a.suggestions() == null ? List.of() : a.suggestions();
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("triage.suggestions.none")));
            return box;
        }
        Paragraph hint = new Paragraph(getTranslation("triage.suggestions.hint"));
        hint.addClassName("field-hint");
        OrderedList ol = new OrderedList();
        ol.addClassName("suggestion-list");
        for (Suggestion s : list) {
            ol.add(suggestion(a, s, problems));
        }
        box.add(hint, problems, ol);
        return box;
    }

    private ListItem suggestion(Aspiration a, Suggestion s, Div problems) {
        ListItem item = new ListItem();
        item.addClassName("suggestion");
        item.getElement().setAttribute("data-node-id", s.node().id());
        Paragraph program = new Paragraph(new Span(getTranslation("triage.suggestion.node") + " "),
                strong(s.node().label()));
        program.addClassName("suggestion-node");
        item.add(program);
        if (s.indicator() != null) {
            item.add(new Paragraph(getTranslation("triage.suggestion.indicator", s.indicator().name())));
        }
        if (s.opd() != null) {
            item.add(new Paragraph(getTranslation("triage.suggestion.opd", s.opd().label())));
        }
        List<MatchedTerms.Chip> chips = MatchedTerms.chips(s.matchedTerms());
        if (!chips.isEmpty()) {
            UnorderedList words = new UnorderedList();
            words.addClassName("term-chips");
            words.getElement().setAttribute("aria-label", getTranslation("triage.chips.label"));
            for (MatchedTerms.Chip chip : chips) {
                ListItem c = new ListItem(chip.text());
                c.addClassNames("chip", "term-chip");
                if (chip.translated()) {
                    c.addClassName("translated");
                    c.getElement().setAttribute("title", getTranslation("triage.chip.translated", chip.citizen(), chip.plan()));
                }
                words.add(c);
            }
            item.add(words);
        }
        Paragraph why = new Paragraph(s.explanation());
        why.addClassName("suggestion-why");
        item.add(why);
        NativeButton confirm = new NativeButton(getTranslation("triage.confirm"));
        confirm.addClassNames("button", "suggestion-confirm");
        confirm.getElement().setAttribute("aria-label", getTranslation("triage.confirm.label", s.node().title(), a.title()));
        NativeButton reject = new NativeButton(getTranslation("triage.reject"));
        reject.addClassNames("button", "button-secondary", "suggestion-reject");
        reject.getElement().setAttribute("aria-label", getTranslation("triage.reject.label", s.node().title(), a.title()));
        Div buttons = new Div(confirm, reject);
        buttons.addClassName("triage-buttons");
        Paragraph done = new Paragraph();
        done.addClassName("suggestion-done");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        confirm.addClickListener(e -> {
            if (confirm(a, s, problems)) {
                buttons.setVisible(false);
                done.setText(getTranslation("triage.confirmed"));
                done.setVisible(true);
            }
        });
        reject.addClickListener(e -> {
            if (reject(a, s, problems)) {
                buttons.setVisible(false);
                done.setText(getTranslation("triage.rejected"));
                done.setVisible(true);
            }
        });
        item.add(buttons, done);
        return item;
    }

    /** Links the aspiration as suggested, with the version the officer saw (or learnt since). */
    boolean confirm(Aspiration a, Suggestion s, Div problems) {
        Forms.clear(problems, Map.of());
        try {
            Changed changed = client.confirm(a.id(), version(a.id(), a.version()), s);
            learn(changed);
            tell(getTranslation("triage.confirmed.notice", s.node().title(), a.title()), false);
            return true;
        } catch (ApiException e) {
            return refused(e, problems, Map.of());
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            return false;
        }
    }

    /** Rejects a suggestion: nothing is linked; the platform learns to rank it lower for such words. */
    boolean reject(Aspiration a, Suggestion s, Div problems) {
        Forms.clear(problems, Map.of());
        try {
            learn(client.reject(a.id(), s.node().id()));
            tell(getTranslation("triage.rejected.notice", s.node().title()), false);
            return true;
        } catch (ApiException e) {
            return refused(e, problems, Map.of());
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            return false;
        }
    }

    /** Keeps the version (and shows the status) an answer brought. */
    private void learn(Changed changed) {
        if (changed == null) {
            return;
        }
        versions.put(changed.id(), changed.version());
        Span chip = statusChips.get(changed.id());
        if (chip != null && changed.status() != null) {
            chip.setText(getTranslation("aspiration.status." + changed.status()));
            chip.setClassName("chip status-" + changed.status().toLowerCase(Locale.ROOT));
        }
    }

    String statusShown(String aspirationId) {
        Span chip = statusChips.get(aspirationId);
        return chip == null ? null : chip.getText();
    }

    private Div statusForm(Aspiration a) {
        String dom = domId(a.id());
        Div form = new Div();
        form.addClassNames("form", "triage-status");
        form.add(new H4(getTranslation("triage.status.title")));
        Map<String, String> options = new LinkedHashMap<>();
        STATUSES.forEach(s -> options.put(s, getTranslation("aspiration.status." + s)));
        Choice status = new Choice().options(options);
        Field statusField = new Field("status-" + dom, getTranslation("triage.status.new"), status);
        TextBox reason = new TextBox().maxLength(REASON_MAX);
        Field reasonField = new Field("reason-" + dom, getTranslation("triage.status.reason"), reason)
                .hint(getTranslation("triage.status.reason.hint"));
        Div problems = new Div();
        problems.setVisible(false);
        NativeButton save = new NativeButton(getTranslation("triage.status.save"));
        save.addClassNames("button", "triage-status-save");
        save.getElement().setAttribute("aria-label", getTranslation("triage.status.save.label", a.title()));
        save.addClickListener(e -> changeStatus(a, status.getValue(), reason.getValue(), statusField, reasonField, problems));
        form.add(statusField, reasonField, problems, save);
        return form;
    }

    /** Changes the status with its public reason (required for an outcome; checked here first, then by the API). */
    boolean changeStatus(Aspiration a, String status, String reason, Field statusField, Field reasonField, Div problems) {
        Map<String, Field> fields = Map.of("status", statusField, "reason", reasonField);
        Forms.clear(problems, fields);
        String text = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
        if (!"UNDER_REVIEW".equals(status) && text.isEmpty()) {
            reasonField.error(getTranslation("triage.status.reason.required"));
            reasonField.focus();
            return false;
        }
        try {
            client.changeStatus(a.id(), version(a.id(), a.version()), status, text.isEmpty() ? null : text);
        } catch (ApiException e) {
            return refused(e, problems, fields);
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            return false;
        }
        load();
        tell(getTranslation("triage.status.changed", a.title(), getTranslation("aspiration.status." + status)), false);
        return true;
    }

    private OrderedList trail(Aspiration a, Locale locale) {
        OrderedList ol = new OrderedList();
        ol.addClassName("triage-trail");
        ol.getElement().setAttribute("aria-label", getTranslation("triage.trail"));
        if (a.steps() != null) {
            for (TriageClient.Step s : a.steps()) {
                String line = (s.at() == null ? "" : Dates.date(s.at(), locale) + " · ")
                        + getTranslation("aspiration.status." + s.status())
                        + (s.reason() == null || s.reason().isBlank() ? "" : ": " + s.reason());
                ol.add(new ListItem(line));
            }
        }
        return ol;
    }

    // ---- duplicates ---------------------------------------------------------------------------------------------

    private Article group(DuplicateGroup g, int n) {
        Locale locale = Language.current();
        Article box = new Article();
        box.addClassNames("card", "duplicate-group");
        H3 heading = new H3(getTranslation("triage.group", n, g.aspirations().size(),
                OpinionGroupsSection.percent(g.similarity(), locale)));
        heading.setId("dup-group-" + n);
        box.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        box.add(heading);
        if (g.sharedWords() != null && !g.sharedWords().isEmpty()) {
            box.add(new Paragraph(getTranslation("triage.group.shared", String.join(", ", g.sharedWords()))));
        }
        Div problems = new Div();
        problems.setVisible(false);
        Div confirmArea = new Div();
        confirmArea.addClassName("merge-confirm");
        confirmArea.setVisible(false);
        UnorderedList list = new UnorderedList();
        list.addClassName("duplicate-list");
        for (Duplicate d : g.aspirations()) {
            ListItem item = new ListItem();
            item.addClassName("duplicate");
            item.getElement().setAttribute("data-aspiration-id", d.id());
            Paragraph text = new Paragraph(new Span(d.title() + " — "), new Span(d.body()));
            Paragraph meta = new Paragraph(getTranslation("triage.meta", d.area() == null ? getTranslation("triage.no-area")
                    : d.area().name(), d.submittedAt() == null ? "" : Dates.date(d.submittedAt(), locale))
                    + " · " + getTranslation("aspiration.status." + d.status()));
            meta.addClassName("triage-meta");
            NativeButton into = new NativeButton(getTranslation("triage.merge-into"));
            into.addClassNames("button", "button-secondary", "merge-into");
            into.getElement().setAttribute("aria-label", getTranslation("triage.merge-into.label", d.title()));
            into.addClickListener(e -> askMerge(g, d, confirmArea, problems));
            item.add(text, meta, into);
            list.add(item);
        }
        box.add(list, problems, confirmArea);
        return box;
    }

    /** Shows, in place, what merging into {@code primary} does, and asks to confirm: nothing is merged before. */
    void askMerge(DuplicateGroup g, Duplicate primary, Div area, Div problems) {
        area.removeAll();
        int others = g.aspirations().size() - 1;
        Paragraph what = new Paragraph(getTranslation("triage.merge.what", primary.title(), others));
        Paragraph told = new Paragraph(getTranslation("triage.merge.told", g.aspirations().size()));
        told.addClassName("triage-told");
        NativeButton yes = new NativeButton(getTranslation("triage.merge.yes"));
        yes.addClassNames("button", "merge-yes");
        NativeButton no = new NativeButton(getTranslation("action.cancel"));
        no.addClassNames("button", "button-secondary", "merge-no");
        yes.addClickListener(e -> merge(g, primary, problems));
        no.addClickListener(e -> {
            area.setVisible(false);
            area.removeAll();
        });
        Div buttons = new Div(yes, no);
        buttons.addClassName("triage-buttons");
        area.add(what, told, buttons);
        area.getElement().setAttribute("role", "group");
        area.getElement().setAttribute("aria-label", getTranslation("triage.merge.title"));
        area.setVisible(true);
        yes.focus();
    }

    /** Merges the group's other aspirations into {@code primary}, with the primary's version. */
    boolean merge(DuplicateGroup g, Duplicate primary, Div problems) {
        Forms.clear(problems, Map.of());
        List<String> others = g.aspirations().stream().map(Duplicate::id).filter(id -> !id.equals(primary.id())).toList();
        try {
            client.merge(primary.id(), version(primary.id(), primary.version()), others);
        } catch (ApiException e) {
            return refused(e, problems, Map.of());
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            return false;
        }
        load();
        tell(getTranslation("triage.merged", others.size(), primary.title()), false);
        return true;
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    /** A refusal: CONFLICT reloads the page and says why; anything else is shown at the form. */
    private boolean refused(ApiException e, Div problems, Map<String, Field> fields) {
        if (e.is(Classification.CONFLICT)) {
            load();
            tell(getTranslation("triage.conflict"), true);
        } else {
            Forms.show(e, problems, fields);
        }
        return false;
    }

    private void tell(String text, boolean problem) {
        notice.tell(text, problem);
    }

    String noticeText() {
        return notice.text();
    }

    Div queue() {
        return queue;
    }

    Div duplicates() {
        return duplicates;
    }

    private Section section(String cssClass, String key) {
        H2 heading = new H2(getTranslation(key));
        heading.setId(cssClass + "-title");
        Section section = new Section(heading);
        section.addClassNames("page-section", cssClass);
        section.getElement().setAttribute("aria-labelledby", cssClass + "-title");
        return section;
    }

    private static Div empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassName("empty-state");
        return empty;
    }

    private static Span strong(String text) {
        Span s = new Span(text);
        s.addClassName("strong");
        return s;
    }

    static String domId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "");
    }
}
