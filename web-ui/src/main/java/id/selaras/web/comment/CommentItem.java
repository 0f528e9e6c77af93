package id.selaras.web.comment;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.selaras.web.Language;
import id.selaras.web.chart.Numbers;
import id.selaras.web.controls.Dates;

/**
 * One comment of a thread: who wrote it and when, its text (or why it is gone), a proposed target, agree / disagree,
 * reply; below it, its replies. Re-rendered in place when a live event changes it, keeping an open reply form.
 */
class CommentItem extends Article {

    private final int depth;
    private final ThreadSettings settings;
    private final BiConsumer<CommentData, String> onReact;
    private final Consumer<CommentItem> onReply;
    private final Div content = new Div();
    private final Div formSlot = new Div();
    private final Div replies = new Div();
    private CommentData comment;

    CommentItem(CommentData comment, int depth, ThreadSettings settings, BiConsumer<CommentData, String> onReact,
                Consumer<CommentItem> onReply) {
        this.depth = depth;
        this.settings = settings;
        this.onReact = onReact;
        this.onReply = onReply;
        addClassName("comment");
        content.addClassName("comment-content");
        formSlot.addClassName("comment-reply-form");
        replies.addClassName("comment-replies");
        add(content, formSlot, replies);
        show(comment);
    }

    CommentData comment() {
        return comment;
    }

    int depth() {
        return depth;
    }

    Div replies() {
        return replies;
    }

    Div formSlot() {
        return formSlot;
    }

    /** Shows (again) the comment's own part; replies and an open reply form stay. */
    void show(CommentData data) {
        this.comment = data;
        getElement().setAttribute("data-comment-id", data.id());
        setClassName("official", data.isOfficial());
        setClassName("mine", Boolean.TRUE.equals(data.mine()));
        content.removeAll();
        Locale locale = Language.current();

        Span author = new Span(data.author() == null ? "" : data.author().name());
        author.addClassName("comment-author");
        Header header = new Header(author);
        if (data.isOfficial()) {
            Span badge = new Span(getTranslation("comment.official-badge")
                    + (data.officialOpd() == null ? "" : " · " + opdName(data.officialOpd())));
            badge.addClassName("official-badge");
            header.add(badge);
        }
        Span time = new Span(Dates.dateTime(data.createdAt(), locale));
        time.addClassName("comment-time");
        header.add(time);
        content.add(header);

        if (data.visible()) {
            Div body = new Div();
            body.addClassName("comment-body");
            if (data.bodyHtml() != null) {
                // The server escapes everything and allows only light formatting (see Comment.bodyHtml).
                body.getElement().setProperty("innerHTML", data.bodyHtml());
            } else {
                body.setText(data.body() == null ? "" : data.body());
            }
            content.add(body);
        } else {
            Paragraph gone = new Paragraph("HIDDEN".equals(data.state())
                    ? getTranslation("comment.hidden", data.hiddenReason() == null ? "" : data.hiddenReason())
                    : getTranslation("comment.deleted"));
            gone.addClassName("comment-gone");
            content.add(gone);
        }
        if (data.proposal() != null) {
            content.add(proposal(data.proposal(), locale));
        }
        content.add(actions(data));
    }

    private Paragraph proposal(CommentData.Proposal p, Locale locale) {
        String current = p.currentTarget() == null ? getTranslation("comment.proposal.no-target")
                : ProposalText.target(p.currentTarget(), settings.unit(), locale);
        Paragraph box = new Paragraph(getTranslation("comment.proposal.text", String.valueOf(p.year()),
                Numbers.withUnit(p.value(), settings.unit(), locale), current));
        box.addClassName("comment-proposal");
        return box;
    }

    private Footer actions(CommentData data) {
        Footer actions = new Footer();
        actions.addClassName("comment-actions");
        NativeButton agree = reaction(data, "AGREE", "react-agree", "comment.agree", data.agrees());
        NativeButton disagree = reaction(data, "DISAGREE", "react-disagree", "comment.disagree", data.disagrees());
        actions.add(agree, disagree);
        if (settings.signedIn() && depth < ThreadSettings.MAX_DEPTH && data.visible()) {
            NativeButton reply = new NativeButton(getTranslation("comment.reply"), click -> onReply.accept(this));
            reply.addClassName("reply-button");
            reply.getElement().setAttribute("aria-label", getTranslation("comment.reply.label",
                    data.author() == null ? "" : data.author().name()));
            actions.add(reply);
        }
        return actions;
    }

    private NativeButton reaction(CommentData data, String reaction, String cssClass, String key, int count) {
        boolean pressed = reaction.equals(data.myReaction());
        NativeButton button = new NativeButton(getTranslation(key) + " · " + count);
        button.addClassName(cssClass);
        button.addClassName("reaction");
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        button.getElement().setAttribute("aria-label", getTranslation(key + ".label", count));
        if (!settings.signedIn() || !data.visible()) {
            button.setEnabled(false);
        } else {
            // Pressing the reaction already chosen withdraws it.
            button.addClickListener(click -> onReact.accept(comment, pressed ? null : reaction));
        }
        return button;
    }

    private static String opdName(CommentData.Opd opd) {
        return opd.shortName() != null && !opd.shortName().isBlank() ? opd.shortName() : opd.name();
    }

    /** The replies' items, in the order shown. */
    List<CommentItem> replyItems() {
        return replies.getChildren().filter(CommentItem.class::isInstance).map(CommentItem.class::cast).toList();
    }
}
