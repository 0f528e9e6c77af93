package id.selaras.web.comment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import id.selaras.web.BackendException;
import id.selaras.web.Language;
import id.selaras.web.api.ApiException;
import id.selaras.web.controls.CheckBox;
import id.selaras.web.controls.Choice;
import id.selaras.web.controls.DecimalInput;
import id.selaras.web.controls.TextBox;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;

/**
 * Writing a comment: the text, and on an indicator "propose a different target" for a year. The same form, smaller,
 * answers a comment (then, for officers of the responsible OPD, "Tanggapan resmi"). Problems are shown at their
 * field, in the page's language: those the form finds itself first, then the server's (rate limit, closed
 * consultation, a year outside the period).
 */
class CommentForm extends Div {

    private final ThreadSettings settings;
    private final String parentId;
    private final CommentClient client;
    private final Consumer<CommentData> onAdded;
    private final TextBox body = new TextBox();
    private final CheckBox proposing = new CheckBox();
    private final Choice year = new Choice();
    private final DecimalInput value = new DecimalInput();
    private final CheckBox official = new CheckBox();
    private final Div problems = new Div();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final NativeButton submit;
    private String idempotencyKey = UUID.randomUUID().toString();

    /** The form for a new top-level comment ({@code parentId} null) or a reply. */
    CommentForm(ThreadSettings settings, String parentId, CommentClient client, Consumer<CommentData> onAdded,
                Runnable onCancel) {
        this.settings = settings;
        this.parentId = parentId;
        this.client = client;
        this.onAdded = onAdded;
        boolean reply = parentId != null;
        addClassName(reply ? "reply-form" : "comment-form");
        addClassName("form");
        problems.setVisible(false);
        body.maxLength(NewComment.MAX_LENGTH);

        Field bodyField;
        if (reply) {
            body.addClassName("reply-body");
            bodyField = new Field(null, getTranslation("comment.reply.body"), body);
        } else {
            bodyField = new Field("comment-body", getTranslation("comment.body"), body)
                    .hint(getTranslation("comment.body.hint"));
        }
        fields.put("body", bodyField);
        add(problems, bodyField);

        if (!reply && !settings.proposalYears().isEmpty()) {
            add(proposalFields());
        }
        if (reply && settings.official()) {
            official.addClassName("official-toggle");
            Div row = checkRow(official, getTranslation("comment.official"));
            add(row);
        }

        submit = new NativeButton(getTranslation(reply ? "comment.reply.submit" : "comment.submit"), click -> send());
        if (!reply) {
            submit.setId("comment-submit");
        }
        submit.addClassName(reply ? "reply-submit" : "comment-submit");
        submit.addClassName("button");
        Div buttons = new Div(submit);
        buttons.addClassName("form-buttons");
        if (onCancel != null) {
            NativeButton cancel = new NativeButton(getTranslation("action.cancel"), click -> onCancel.run());
            cancel.addClassNames("button", "button-secondary", "reply-cancel");
            buttons.add(cancel);
        }
        add(buttons);
    }

    private Div proposalFields() {
        proposing.setId("proposal-toggle");
        Div toggle = checkRow(proposing, getTranslation("comment.proposal.toggle"));
        Map<String, String> years = new LinkedHashMap<>();
        settings.proposalYears().forEach(y -> years.put(Integer.toString(y.year()),
                getTranslation("comment.proposal.year-option", Integer.toString(y.year()), y.currentTarget())));
        // The year people most likely mean: this year, or the period's last when it has ended.
        int now = java.time.Year.now(id.selaras.web.controls.Dates.WIB).getValue();
        year.setValue(settings.proposalYears().stream().map(ThreadSettings.ProposalYear::year).filter(y -> y >= now)
                .findFirst().orElse(settings.proposalYears().getLast().year()).toString());
        year.options(years);
        Field yearField = new Field("proposal-year", getTranslation("comment.proposal.year"), year);
        Field valueField = new Field("proposal-value", getTranslation("comment.proposal.value"), value)
                .hint(settings.unit() == null ? null : getTranslation("comment.proposal.unit", settings.unit()));
        fields.put("year", yearField);
        fields.put("value", valueField);
        fields.put("proposal", yearField);
        Div details = new Div(yearField, valueField);
        details.addClassName("proposal-fields");
        details.setVisible(false);
        proposing.addValueChangeListener(e -> details.setVisible(Boolean.TRUE.equals(e.getValue())));
        Div group = new Div(toggle, details);
        group.addClassName("proposal");
        return group;
    }

    private static Div checkRow(CheckBox box, String text) {
        NativeLabel label = new NativeLabel();
        label.getElement().appendChild(box.getElement());
        label.add(new com.vaadin.flow.component.html.Span(text));
        Div row = new Div(label);
        row.addClassName("check-row");
        return row;
    }

    NewComment draft() {
        boolean proposal = Boolean.TRUE.equals(proposing.getValue()) && !settings.proposalYears().isEmpty();
        Integer y = year.getValue() == null || year.getValue().isBlank() ? null : Integer.valueOf(year.getValue());
        return new NewComment(settings.subjectId(), parentId, body.getValue(), proposal ? y : null,
                proposal ? value.number(Language.current()) : null, proposal,
                parentId != null && settings.official() && Boolean.TRUE.equals(official.getValue()), idempotencyKey);
    }

    void send() {
        Forms.clear(problems, fields);
        NewComment draft = draft();
        List<NewComment.Problem> found = draft.problems();
        if (!found.isEmpty()) {
            found.forEach(p -> fields.get(p.field()).error(getTranslation(p.messageKey())));
            fields.get(found.getFirst().field()).focus();
            return;
        }
        submit.setEnabled(false);
        try {
            CommentData added = client.add(draft);
            idempotencyKey = UUID.randomUUID().toString();
            body.clear();
            proposing.setValue(false);
            value.clear();
            official.setValue(false);
            onAdded.accept(added);
        } catch (ApiException refusal) {
            Forms.show(refusal, problems, fields);
        } catch (BackendException unreachable) {
            Forms.problem(problems, List.of(getTranslation(unreachable.unreachable() ? "error.unreachable"
                    : unreachable.signInRequired() ? "error.session" : "error.load")));
        } finally {
            submit.setEnabled(true);
        }
    }

    Map<String, Field> fields() {
        return fields;
    }

    Div problems() {
        return problems;
    }

    TextBox body() {
        return body;
    }

    void focusBody() {
        body.focus();
    }
}
