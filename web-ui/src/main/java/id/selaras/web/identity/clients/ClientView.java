package id.selaras.web.identity.clients;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import id.selaras.web.identity.Role;
import id.selaras.web.identity.SignedInUser;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;
import id.selaras.web.ui.Notice;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API clients page (klien API): the third-party apps and servers allowed to use Selaras's API through the embedded
 * provider. Moderators and administrators register a client (name, redirect URIs, scopes, confidential or public),
 * see a confidential client's secret once, rotate a secret, and disable or enable a client; every change is recorded
 * with who made it. Registered on {@link id.selaras.web.Navigation#CLIENTS} by {@link ClientRoutes}.
 */
@RolesAllowed({"MODERATOR", "ADMIN"})
@StyleSheet("styles/clients.css")
public class ClientView extends Main implements HasDynamicTitle {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ClientAdministration admin;
    private final Supplier<ApiClient.Actor> actor;
    private final TextField name = new TextField();
    private final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    private final TextArea redirectUris = new TextArea();
    private final CheckboxGroup<String> scopes = new CheckboxGroup<>();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Div problems = new Div();
    private final Div secretBox = new Div();
    private final Notice notice = new Notice("clients-notice");
    private final Div list = new Div();

    /** The one Vaadin uses (through Spring); the other is for tests, with a fixed actor. */
    @Autowired
    ClientView(ClientAdministration admin, SignedInUser user) {
        this(admin, () -> new ApiClient.Actor(user.subject().orElse(null), user.name().orElse("?"),
                user.has(Role.MODERATOR) || user.has(Role.ADMIN)));
    }

    ClientView(ClientAdministration admin, Supplier<ApiClient.Actor> actor) {
        this.admin = admin;
        this.actor = actor;
        addClassName("clients-view");
        Paragraph lead = new Paragraph(getTranslation("clients.lead"));
        lead.addClassName("lead");
        secretBox.setId("client-secret-once");
        secretBox.setVisible(false);
        list.addClassName("client-list");
        list.setId("client-list");
        add(new H1(getTranslation("clients.title")), lead, secretBox, notice, registerSection(),
                section("clients-registered", getTranslation("clients.list"), list));
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title") + " · Selaras";
    }

    // ---- register ---------------------------------------------------------------------------------------------

    private Section registerSection() {
        name.setMaxLength(100);
        name.setWidthFull();
        kind.setItems(true, false);
        kind.setItemLabelGenerator(c -> getTranslation(c ? "clients.kind.confidential" : "clients.kind.public"));
        kind.setValue(true);
        redirectUris.setWidthFull();
        redirectUris.setPlaceholder("https://aplikasi.example.go.id/callback");
        scopes.setItems(ClientRequest.SCOPES);
        scopes.setItemLabelGenerator(s -> s + " — " + getTranslation("clients.scope." + s));
        scopes.setValue(java.util.Set.of("read"));
        fields.put("name", new Field("client-name", getTranslation("clients.name"), name)
                .hint(getTranslation("clients.name.hint")));
        fields.put("kind", new Field("client-kind", getTranslation("clients.kind"), kind));
        fields.put("redirectUris", new Field("client-redirect-uris", getTranslation("clients.redirect-uris"), redirectUris)
                .hint(getTranslation("clients.redirect-uris.hint")));
        fields.put("scopes", new Field("client-scopes", getTranslation("clients.scopes"), scopes));
        problems.setVisible(false);
        NativeButton register = new NativeButton(getTranslation("clients.register"), click -> register());
        register.addClassName("button");
        register.setId("client-register");
        Div form = new Div();
        fields.values().forEach(form::add);
        form.add(problems, register);
        form.addClassName("form");
        return section("clients-new", getTranslation("clients.new"), form);
    }

    /** Sends the registration; a confidential client's secret is shown once, above the form. */
    boolean register() {
        Forms.clear(problems, fields);
        ClientRequest request = new ClientRequest(name.getValue(), redirectUris.getValue(), scopes.getValue(),
                Boolean.TRUE.equals(kind.getValue()));
        try {
            ApiClient.Issued issued = admin.register(actor.get(), request);
            showIssued(issued, "clients.registered");
            name.clear();
            redirectUris.clear();
        } catch (ClientException e) {
            showProblems(e);
            return false;
        }
        reload();
        return true;
    }

    private void showProblems(ClientException e) {
        Field first = null;
        for (Map.Entry<String, String> p : e.problems().entrySet()) {
            Field field = fields.get(p.getKey());
            String text = getTranslation(p.getValue(), ClientRequest.MAX_URIS);
            if (field != null) {
                field.error(text);
                first = first == null ? field : first;
            } else {
                Forms.problem(problems, List.of(text));
            }
        }
        if (first != null) {
            first.focus();
        }
    }

    /** The secret in clear, once: it lives only in this box until it is dismissed or the page is left. */
    private void showIssued(ApiClient.Issued issued, String messageKey) {
        secretBox.removeAll();
        secretBox.setClassName("form-notice");
        secretBox.addClassName("client-secret");
        secretBox.getElement().setAttribute("role", "status");
        secretBox.add(new Paragraph(getTranslation(messageKey, issued.client().name())));
        secretBox.add(labelled(getTranslation("clients.client-id"), new Code(issued.client().clientId()), "client-id-value"));
        if (issued.secret() != null) {
            secretBox.add(labelled(getTranslation("clients.secret"), new Code(issued.secret()), "client-secret-value"));
            Paragraph warn = new Paragraph(getTranslation("clients.secret.once"));
            warn.addClassName("client-secret-warning");
            secretBox.add(warn);
        } else {
            secretBox.add(new Paragraph(getTranslation("clients.no-secret")));
        }
        NativeButton done = new NativeButton(getTranslation("clients.secret.done"), click -> dismissSecret());
        done.addClassNames("button", "button-secondary");
        done.setId("client-secret-done");
        secretBox.add(done);
        secretBox.setVisible(true);
    }

    void dismissSecret() {
        secretBox.removeAll();
        secretBox.setVisible(false);
    }

    String secretShown() {
        return secretBox.isVisible() ? secretBox.getElement().getTextRecursively() : "";
    }

    // ---- list -------------------------------------------------------------------------------------------------

    void reload() {
        list.removeAll();
        List<ApiClient> clients;
        try {
            clients = admin.list(actor.get());
        } catch (ClientException e) {
            list.add(new Paragraph(getTranslation(e.problems().values().iterator().next())));
            return;
        }
        clients.forEach(c -> list.add(card(c)));
    }

    String listText() {
        return list.getElement().getTextRecursively();
    }

    private Article card(ApiClient c) {
        Article card = new Article();
        card.addClassName("client-card");
        card.getElement().setAttribute("data-client-id", c.clientId());
        String headingId = "client-" + c.clientId().replaceAll("[^A-Za-z0-9_-]", "");
        H3 heading = new H3(c.name());
        heading.setId(headingId);
        card.getElement().setAttribute("aria-labelledby", headingId);
        Span status = new Span(getTranslation(c.enabled() ? "clients.status.enabled" : "clients.status.disabled"));
        status.addClassNames("client-status", c.enabled() ? "client-enabled" : "client-disabled");
        card.add(heading, status);
        card.add(labelled(getTranslation("clients.client-id"), new Code(c.clientId()), null));
        card.add(new Paragraph(getTranslation(c.confidential() ? "clients.kind.confidential" : "clients.kind.public")));
        card.add(new Paragraph(getTranslation("clients.scopes") + ": " + String.join(", ", c.scopes())));
        if (!c.redirectUris().isEmpty()) {
            UnorderedList uris = new UnorderedList();
            uris.getElement().setAttribute("aria-label", getTranslation("clients.redirect-uris"));
            uris.addClassName("client-uris");
            c.redirectUris().forEach(u -> uris.add(new ListItem(new Code(u))));
            card.add(uris);
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        if (c.configured()) {
            card.add(new Paragraph(getTranslation("clients.configured")));
            return card;
        }
        card.add(new Paragraph(getTranslation("clients.created", c.createdByName(),
                c.createdAt() == null ? "" : dates.format(c.createdAt().atZone(WIB)))));
        if (c.secretRotatedAt() != null) {
            card.add(new Paragraph(getTranslation("clients.rotated-at", dates.format(c.secretRotatedAt().atZone(WIB)))));
        }
        Div actions = new Div();
        actions.addClassName("client-actions");
        if (c.confidential()) {
            NativeButton rotate = new NativeButton(getTranslation("clients.rotate"), click -> rotate(c));
            rotate.addClassNames("button", "button-secondary", "client-rotate");
            rotate.getElement().setAttribute("aria-label", getTranslation("clients.rotate.for", c.name()));
            actions.add(rotate);
        }
        NativeButton toggle = new NativeButton(getTranslation(c.enabled() ? "clients.disable" : "clients.enable"),
                click -> setEnabled(c, !c.enabled()));
        toggle.addClassNames("button", "button-secondary", "client-toggle");
        toggle.getElement().setAttribute("aria-label",
                getTranslation(c.enabled() ? "clients.disable.for" : "clients.enable.for", c.name()));
        actions.add(toggle);
        card.add(actions, history(c));
        return card;
    }

    private NativeDetails history(ApiClient c) {
        NativeDetails details = new NativeDetails(getTranslation("clients.history"));
        details.addClassName("client-history");
        details.addToggleListener(e -> {
            if (!e.isOpened()) {
                return;
            }
            UnorderedList events = new UnorderedList();
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale());
            admin.history(actor.get(), c.clientId()).forEach(ev -> events.add(new ListItem(getTranslation(
                    "clients.event", getTranslation("clients.event." + ev.action()), ev.actorName(),
                    dates.format(ev.at().atZone(WIB))) + (ev.detail() == null ? "" : " — " + ev.detail()))));
            details.setContent(events);
        });
        return details;
    }

    boolean rotate(ApiClient c) {
        try {
            showIssued(admin.rotateSecret(actor.get(), c.clientId(), c.version()), "clients.rotated");
        } catch (ClientException e) {
            refused(e);
            return false;
        }
        reload();
        return true;
    }

    boolean setEnabled(ApiClient c, boolean enabled) {
        try {
            admin.setEnabled(actor.get(), c.clientId(), enabled, c.version());
        } catch (ClientException e) {
            refused(e);
            return false;
        }
        tell(getTranslation(enabled ? "clients.enabled" : "clients.disabled", c.name()), false);
        reload();
        return true;
    }

    private void refused(ClientException e) {
        if (e.conflict()) {
            reload();
        }
        tell(getTranslation(e.problems().values().iterator().next()), true);
    }

    private void tell(String text, boolean problem) {
        notice.tell(text, problem);
    }

    String noticeText() {
        return notice.text();
    }

    private static Div labelled(String label, Component value, String id) {
        Span caption = new Span(label + ": ");
        caption.addClassName("client-label");
        if (id != null) {
            value.setId(id);
        }
        Div row = new Div(caption, value);
        row.addClassName("client-row");
        return row;
    }

    private static Section section(String id, String title, Component... children) {
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.add(children);
        section.addClassName("page-section");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }
}
