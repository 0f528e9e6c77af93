package id.selaras.web.opd;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import id.selaras.web.api.ApiException;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;

/**
 * The official answer (tanggapan resmi) to one comment: a labelled text area and a send button. The text is checked
 * here first (not empty, not too long), then by the API, whose messages land at the field. A retried send reuses the
 * form's idempotency key, so a double tap never posts twice.
 */
public class AnswerForm extends Div {

    static final int MAX_LENGTH = 5000;

    private final TextArea body = new TextArea();
    private final Field field;
    private final Div problems = new Div();
    private final NativeButton send = new NativeButton();
    private final String idempotencyKey = UUID.randomUUID().toString();

    /** @param sender sends (body, idempotency key); throws ApiException when refused */
    public AnswerForm(String prefix, BiConsumer<String, String> sender, Runnable sent) {
        addClassName("answer-form");
        body.setWidthFull();
        body.setMaxLength(MAX_LENGTH);
        body.setMinHeight("6rem");
        body.setAriaLabel(getTranslation("opd.answer.body"));
        field = new Field(prefix + "-body", getTranslation("opd.answer.body"), body).hint(getTranslation("opd.answer.hint"));
        problems.setVisible(false);
        send.setText(getTranslation("opd.answer.send"));
        send.addClassName("button");
        send.setId(prefix + "-send");
        send.addClickListener(e -> {
            Forms.clear(problems, Map.of("body", field));
            String text = body.getValue() == null ? "" : body.getValue().strip();
            if (text.isEmpty()) {
                field.error(getTranslation("opd.error.required"));
                field.focus();
                return;
            }
            try {
                sender.accept(text, idempotencyKey);
            } catch (ApiException refusal) {
                Forms.show(refusal, problems, Map.of("body", field, "input.body", field));
                return;
            } catch (id.selaras.web.BackendException unreachable) {
                Forms.problem(problems, java.util.List.of(getTranslation("error.unreachable")));
                return;
            }
            sent.run();
        });
        Div actions = new Div(send);
        actions.addClassName("form-actions");
        add(field, problems, actions);
    }

    public TextArea body() {
        return body;
    }

    public Field field() {
        return field;
    }

    public NativeButton sendButton() {
        return send;
    }

    public Div problems() {
        return problems;
    }
}
