package id.selaras.web.aspiration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import id.selaras.web.BackendException;
import id.selaras.web.api.ApiException;
import id.selaras.web.controls.Choice;
import id.selaras.web.controls.TextBox;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;

/** Sending an aspiration (usulan): topic, title, text, and where (kecamatan, kelurahan) when it is about a place. */
class AspirationForm extends Div {

    private final AspirationClient client;
    private final String regionId;
    private final Consumer<AspirationData.Aspiration> onSent;
    private final Choice topic = new Choice();
    private final Input title = new Input();
    private final TextBox body = new TextBox();
    private final Choice kecamatan = new Choice();
    private final Choice kelurahan = new Choice();
    private final Field kelurahanField;
    private final Div problems = new Div();
    private final Div notice = new Div();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final NativeButton submit;
    private String idempotencyKey = UUID.randomUUID().toString();

    AspirationForm(AspirationClient client, String regionId, List<AspirationData.Topic> topics,
                   List<AspirationData.Region> kecamatanList, Consumer<AspirationData.Aspiration> onSent) {
        this.client = client;
        this.regionId = regionId;
        this.onSent = onSent;
        addClassNames("form", "aspiration-form");
        problems.setVisible(false);
        notice.setVisible(false);
        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");

        Map<String, String> topicOptions = new LinkedHashMap<>();
        topicOptions.put("", getTranslation("aspiration.choose"));
        topics.forEach(t -> topicOptions.put(t.code(), t.label()));
        topic.options(topicOptions);
        title.getElement().setAttribute("maxlength", Integer.toString(NewAspiration.TITLE_MAX));
        body.maxLength(NewAspiration.BODY_MAX);
        body.getElement().setAttribute("rows", "6");

        Map<String, String> kecamatanOptions = new LinkedHashMap<>();
        kecamatanOptions.put("", getTranslation("aspiration.area.none"));
        kecamatanList.forEach(k -> kecamatanOptions.put(k.id(), k.name()));
        kecamatan.options(kecamatanOptions);
        kelurahan.options(Map.of("", getTranslation("aspiration.area.none")));

        fields.put("topic", new Field("aspiration-topic", getTranslation("aspiration.topic"), topic));
        fields.put("title", new Field("aspiration-title", getTranslation("aspiration.title-field"), title));
        fields.put("body", new Field("aspiration-body", getTranslation("aspiration.body"), body)
                .hint(getTranslation("aspiration.body.hint")));
        Field kecamatanField = new Field("aspiration-kecamatan", getTranslation("aspiration.kecamatan"), kecamatan);
        kelurahanField = new Field("aspiration-kelurahan", getTranslation("aspiration.kelurahan"), kelurahan);
        kelurahanField.setVisible(false);
        fields.put("areaId", kecamatanField);
        kecamatan.addValueChangeListener(e -> loadKelurahan(e.getValue()));

        submit = new NativeButton(getTranslation("aspiration.submit"), click -> send());
        submit.setId("aspiration-submit");
        submit.addClassName("button");
        add(notice, problems, fields.get("topic"), fields.get("title"), fields.get("body"));
        if (!kecamatanList.isEmpty()) {
            add(kecamatanField, kelurahanField);
        }
        add(submit);
    }

    private void loadKelurahan(String kecamatanId) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", getTranslation("aspiration.area.none"));
        if (kecamatanId != null && !kecamatanId.isBlank()) {
            try {
                client.below(kecamatanId).forEach(k -> options.put(k.id(), k.name()));
            } catch (ApiException | BackendException e) {
                // The kecamatan alone is precise enough; the kelurahan list is a convenience.
            }
        }
        kelurahan.setValue("");
        kelurahan.options(options);
        kelurahanField.setVisible(options.size() > 1);
    }

    NewAspiration draft() {
        return new NewAspiration(regionId, kecamatan.getValue(), kelurahan.getValue(), title.getValue(), body.getValue(),
                topic.getValue() == null || topic.getValue().isBlank() ? null : topic.getValue(), idempotencyKey);
    }

    void send() {
        Forms.clear(problems, fields);
        notice.setVisible(false);
        NewAspiration draft = draft();
        List<NewAspiration.Problem> found = draft.problems();
        if (!found.isEmpty()) {
            found.forEach(p -> fields.get(p.field()).error(getTranslation(p.messageKey())));
            fields.get(found.getFirst().field()).focus();
            return;
        }
        submit.setEnabled(false);
        try {
            AspirationData.Aspiration sent = client.submit(draft);
            idempotencyKey = UUID.randomUUID().toString();
            title.clear();
            body.clear();
            notice.setText(getTranslation("aspiration.sent"));
            notice.setVisible(true);
            onSent.accept(sent);
        } catch (ApiException refusal) {
            Forms.show(refusal, problems, fields);
        } catch (BackendException unreachable) {
            Forms.problem(problems, List.of(getTranslation(unreachable.signInRequired() ? "error.session"
                    : "error.unreachable")));
        } finally {
            submit.setEnabled(true);
        }
    }

    /** This form and everything in it (for tests and focus handling). */
    java.util.stream.Stream<com.vaadin.flow.component.Component> descendants() {
        return descendants(this);
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(AspirationForm::descendants));
    }

    Map<String, Field> fields() {
        return fields;
    }

    Div problems() {
        return problems;
    }
}
