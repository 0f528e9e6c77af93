package id.selaras.web.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import id.selaras.web.BackendException;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Live;
import id.selaras.web.identity.AccountMenu;
import id.selaras.web.ui.ErrorState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comment thread of a subject (indicator, consultation, aspiration): official responses first, replies under
 * their comment, reactions, a form to write (or a sign-in link), and live updates — comments of others appear
 * without a reload (the {@code commentActivity} subscription).
 */
public class CommentThread extends Section {

    private static final Logger log = LoggerFactory.getLogger(CommentThread.class);

    private final ThreadSettings settings;
    private final CommentClient client;
    private final Div list = new Div();
    private final Span liveStatus = new Span();
    private final Paragraph empty = new Paragraph();
    private final Div reactProblem = new Div();
    private final Map<String, CommentItem> items = new HashMap<>();
    private Registration live;

    public CommentThread(ThreadSettings settings, CommentClient client, Live liveEvents, Participation people) {
        this.settings = settings;
        this.client = client;
        addClassName("comment-thread");
        addClassName("page-section");
        getElement().setAttribute("aria-labelledby", "comments-title");
        H2 title = new H2(getTranslation("comment.title"));
        title.setId("comments-title");

        liveStatus.setId("live-status");
        liveStatus.addClassName("live-status");
        liveStatus.getElement().setAttribute("role", "status");
        status(Live.Status.RECONNECTING);

        add(title, liveStatus);
        if (settings.signedIn()) {
            add(new CommentForm(settings, null, client, this::added, null));
        } else {
            Anchor signIn = new Anchor(AccountMenu.SIGN_IN, getTranslation("comment.sign-in"));
            signIn.setId("comment-sign-in");
            signIn.setRouterIgnore(true);
            signIn.addClassName("button");
            Paragraph invite = new Paragraph(getTranslation("comment.sign-in.lead"));
            Div box = new Div(invite, signIn);
            box.addClassName("comment-sign-in-box");
            add(box);
        }
        reactProblem.setVisible(false);
        list.setId("comments");
        list.addClassName("comments");
        empty.setText(getTranslation("comment.empty"));
        empty.addClassName("comment-empty");
        add(reactProblem, empty, list);
        load();
        // Without a live service (browserless tests) the thread is read once.
        live = liveEvents == null ? null : liveEvents.subscribe(this, CommentClient.activity(settings.subjectId()),
                CommentClient.Event.class, people.token(), this::event, this::load, this::status);
    }

    /** (Re)reads the whole thread: at the start, and after the live stream asked for a resync. */
    void load() {
        list.removeAll();
        items.clear();
        try {
            client.thread(settings.subjectId()).forEach(c -> list.add(item(c, 0)));
        } catch (ApiException | BackendException e) {
            list.add(new ErrorState(e, this::load));
        }
        empty.setVisible(items.isEmpty());
    }

    private CommentItem item(CommentData c, int depth) {
        CommentItem item = new CommentItem(c, depth, settings, this::react, this::openReply);
        items.put(c.id(), item);
        ThreadOrder.sorted(c.replyList()).forEach(r -> item.replies().add(item(r, depth + 1)));
        return item;
    }

    /** A comment this page added, or one a live event brought: placed once, in thread order. */
    void added(CommentData c) {
        CommentItem known = items.get(c.id());
        if (known != null) {
            known.show(c.withReplies(known.comment().replies()));
            return;
        }
        CommentItem parent = c.parentId() == null ? null : items.get(c.parentId());
        if (c.parentId() != null && parent == null) {
            return; // a reply to something this page does not show (beyond the first page)
        }
        Div container = parent == null ? list : parent.replies();
        List<CommentItem> siblings = container.getChildren().filter(CommentItem.class::isInstance)
                .map(CommentItem.class::cast).toList();
        int at = ThreadOrder.insertionIndex(siblings.stream().map(CommentItem::comment).toList(), c);
        CommentItem item = item(c, parent == null ? 0 : parent.depth() + 1);
        if (at >= siblings.size()) {
            container.add(item);
        } else {
            container.addComponentAtIndex(container.indexOf(siblings.get(at)), item);
        }
        empty.setVisible(false);
    }

    void event(CommentClient.Event event) {
        if (event == null || event.comment() == null) {
            return;
        }
        if ("ADDED".equals(event.kind())) {
            added(event.comment());
        } else {
            CommentItem known = items.get(event.comment().id());
            if (known != null) {
                known.show(event.comment().withReplies(known.comment().replies()));
            }
        }
    }

    private void react(CommentData c, String reaction) {
        reactProblem.setVisible(false);
        try {
            CommentData after = client.react(c.id(), reaction);
            CommentItem item = items.get(c.id());
            if (item != null && after != null) {
                item.show(after.withReplies(item.comment().replies()));
            }
        } catch (ApiException refusal) {
            id.selaras.web.ui.Forms.problem(reactProblem, List.of(refusal.getLocalizedMessage()));
        } catch (BackendException unreachable) {
            log.debug("Reaction not sent: {}", unreachable.getMessage());
            id.selaras.web.ui.Forms.problem(reactProblem, List.of(getTranslation("error.unreachable")));
        }
    }

    private void openReply(CommentItem item) {
        if (item.formSlot().getComponentCount() > 0) {
            item.formSlot().getChildren().findFirst().filter(CommentForm.class::isInstance)
                    .map(CommentForm.class::cast).ifPresent(CommentForm::focusBody);
            return;
        }
        CommentForm form = new CommentForm(settings, item.comment().id(), client, reply -> {
            item.formSlot().removeAll();
            added(reply);
        }, () -> item.formSlot().removeAll());
        item.formSlot().add(form);
        form.focusBody();
    }

    private void status(Live.Status s) {
        String name = s.name().toLowerCase(java.util.Locale.ROOT);
        liveStatus.getElement().setAttribute("data-status", name);
        liveStatus.setText(getTranslation("comment.live." + name));
    }

    /** Ends the live stream (the view calls it when it leaves). */
    public void stop() {
        if (live != null) {
            live.remove();
        }
    }
}
