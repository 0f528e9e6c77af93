package id.selaras.web.moderation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.selaras.web.BackendException;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import id.selaras.web.moderation.ModerationClient.Flagged;
import id.selaras.web.ui.ErrorState;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;
import id.selaras.web.ui.Notice;
import jakarta.annotation.security.RolesAllowed;

/**
 * The moderation queue (antrean moderasi) of Diskominfo's moderators: comments people flagged, most flagged first,
 * each with what it is about, the reasons given and how often. A moderator hides a comment with a public reason
 * (required; it replaces the text for everyone) or, having hidden it, restores it. Both send the version the moderator
 * saw: when someone else acted first the API answers CONFLICT, and the queue is reloaded with a note saying so.
 */
@Route(Navigation.MODERATION)
@RolesAllowed({"MODERATOR", "ADMIN"})
@StyleSheet("styles/moderation.css")
public class ModerationView extends Main implements HasDynamicTitle {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ModerationClient client;
    private final ModerationQueue queue = new ModerationQueue();
    private final Paragraph summary = new Paragraph();
    private final Notice notice = new Notice("moderation-notice");
    private final Div list = new Div();
    private final Div footer = new Div();

    ModerationView(ModerationClient client) {
        this.client = client;
        addClassName("moderation-view");
        Paragraph lead = new Paragraph(getTranslation("moderation.lead"));
        lead.addClassName("lead");
        summary.setId("moderation-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        list.setId("moderation-queue");
        list.addClassName("moderation-queue");
        add(new H1(getTranslation("moderation.title")), lead, notice, summary, list, footer);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " · Selaras";
    }

    /** Loads the first page again, dropping what the page knew. */
    void load() {
        list.removeAll();
        footer.removeAll();
        try {
            queue.reset(client.flagged(null));
        } catch (ApiException | BackendException e) {
            summary.setText("");
            list.add(new ErrorState(e, this::load));
            return;
        }
        render();
    }

    void loadMore() {
        try {
            queue.append(client.flagged(queue.cursor()));
        } catch (ApiException | BackendException e) {
            tell(message(e), true);
            return;
        }
        render();
    }

    ModerationQueue queue() {
        return queue;
    }

    private void render() {
        list.removeAll();
        footer.removeAll();
        summary.setText(getTranslation("moderation.waiting", queue.waiting()));
        if (queue.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("moderation.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        queue.items().forEach(c -> list.add(item(c)));
        if (queue.hasMore()) {
            NativeButton more = new NativeButton(getTranslation("moderation.more"), click -> loadMore());
            more.addClassNames("button", "button-secondary");
            more.setId("moderation-more");
            footer.add(more);
        }
    }

    private Article item(Flagged c) {
        Article article = new Article();
        article.addClassName("moderation-item");
        article.getElement().setAttribute("data-comment-id", c.id());
        String headingId = "mod-" + domId(c.id());
        H2 heading = new H2(subjectLabel(c));
        heading.setId(headingId);
        heading.addClassName("moderation-subject");
        article.getElement().setAttribute("aria-labelledby", headingId);
        article.add(heading);
        if (c.subject() != null && subjectLink(c.subject()) != null) {
            Anchor open = new Anchor(subjectLink(c.subject()), getTranslation("moderation.open-subject"));
            open.addClassName("moderation-open");
            article.add(open);
        }

        Div body = new Div();
        body.addClassName("moderation-body");
        body.setText(c.body() == null ? getTranslation("moderation.no-text") : c.body());
        Paragraph meta = new Paragraph(getTranslation("moderation.meta", c.author() == null ? "" : c.author().name(),
                c.createdAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()).format(c.createdAt().atZone(WIB))));
        meta.addClassName("moderation-meta");
        article.add(body, meta, flags(c));

        Div actions = new Div();
        actions.addClassName("moderation-actions");
        if (c.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("moderation.hidden-as", c.hiddenReason()));
            hidden.addClassName("moderation-hidden");
            NativeButton restore = new NativeButton(getTranslation("moderation.restore"), click -> restore(c));
            restore.addClassNames("button", "button-secondary", "moderation-restore");
            actions.add(hidden, restore);
        } else {
            actions.add(hideForm(c));
        }
        article.add(actions);
        return article;
    }

    private Div flags(Flagged c) {
        Div box = new Div();
        box.addClassName("moderation-flags");
        Span count = new Span(getTranslation("moderation.flag-count", ModerationQueue.flagCount(c)));
        count.addClassName("moderation-flag-count");
        box.add(count);
        Map<String, Integer> reasons = ModerationQueue.reasons(c);
        if (!reasons.isEmpty()) {
            UnorderedList ul = new UnorderedList();
            ul.getElement().setAttribute("aria-label", getTranslation("moderation.reasons"));
            reasons.forEach((reason, n) -> ul.add(new ListItem(n > 1 ? getTranslation("moderation.reason-times", reason, n)
                    : reason)));
            box.add(ul);
        }
        return box;
    }

    /** A button that opens the reason field in place (no dialog: it reads better on a phone). */
    private Div hideForm(Flagged c) {
        Div wrapper = new Div();
        wrapper.addClassName("moderation-hide");
        NativeButton open = new NativeButton(getTranslation("moderation.hide"));
        open.addClassNames("button", "moderation-hide-open");
        TextArea reason = new TextArea();
        reason.setMaxLength(HideReason.MAX);
        reason.setWidthFull();
        reason.addClassName("moderation-reason");
        Field field = new Field("reason-" + domId(c.id()), getTranslation("moderation.reason"), reason)
                .hint(getTranslation("moderation.reason.hint"));
        Div problems = new Div();
        problems.setVisible(false);
        NativeButton confirm = new NativeButton(getTranslation("moderation.hide.confirm"));
        confirm.addClassNames("button", "moderation-hide-confirm");
        NativeButton cancel = new NativeButton(getTranslation("action.cancel"));
        cancel.addClassNames("button", "button-secondary");
        Div buttons = new Div(confirm, cancel);
        buttons.addClassName("moderation-buttons");
        Div form = new Div(field, problems, buttons);
        form.addClassName("form");
        form.setVisible(false);
        open.addClickListener(e -> {
            form.setVisible(true);
            open.setVisible(false);
            field.focus();
        });
        cancel.addClickListener(e -> {
            form.setVisible(false);
            open.setVisible(true);
            Forms.clear(problems, Map.of("reason", field));
        });
        confirm.addClickListener(e -> hide(c, reason.getValue(), field, problems));
        wrapper.add(open, form);
        return wrapper;
    }

    /** Checks the reason here first (it is required and public), then asks the API with the version seen. */
    boolean hide(Flagged c, String text, Field field, Div problems) {
        Forms.clear(problems, Map.of("reason", field));
        var problem = HideReason.problem(text);
        if (problem.isPresent()) {
            field.error(getTranslation(problem.get(), HideReason.MIN, HideReason.MAX));
            field.focus();
            return false;
        }
        try {
            queue.hidden(client.hide(c.id(), c.version(), HideReason.normalised(text)));
        } catch (ApiException e) {
            if (e.is(Classification.CONFLICT)) {
                conflict();
            } else {
                Forms.show(e, problems, Map.of("reason", field));
            }
            return false;
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            return false;
        }
        render();
        tell(getTranslation("moderation.hidden"), false);
        return true;
    }

    boolean restore(Flagged c) {
        try {
            client.restore(c.id(), c.version());
        } catch (ApiException e) {
            if (e.is(Classification.CONFLICT)) {
                conflict();
            } else {
                tell(e.getLocalizedMessage(), true);
            }
            return false;
        } catch (BackendException e) {
            tell(getTranslation("error.unreachable"), true);
            return false;
        }
        queue.restored(c.id());
        render();
        tell(getTranslation("moderation.restored"), false);
        return true;
    }

    /** Someone else acted first: show the queue as it is now and say why it changed. */
    private void conflict() {
        load();
        tell(getTranslation("moderation.conflict"), true);
    }

    private void tell(String text, boolean problem) {
        notice.tell(text, problem);
    }

    String noticeText() {
        return notice.text();
    }

    private String message(RuntimeException e) {
        return e instanceof ApiException a ? a.getLocalizedMessage() : getTranslation("error.unreachable");
    }

    private String subjectLabel(Flagged c) {
        if (c.subject() == null) {
            return getTranslation("moderation.subject.unknown");
        }
        String type = c.subject().type();
        return getTranslation("moderation.subject." + (type == null ? "unknown" : type), c.subject().label());
    }

    static String subjectLink(ModerationClient.Subject s) {
        if ("Indicator".equals(s.type())) {
            return Navigation.INDICATOR + "/" + s.id();
        }
        if ("PlanVersion".equals(s.type())) {
            return Navigation.PLANS + "/" + s.id();
        }
        if ("Consultation".equals(s.type())) {
            return Navigation.CONSULTATIONS + "/" + s.id();
        }
        return null;
    }

    private static String domId(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "");
    }
}
