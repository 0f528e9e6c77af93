package id.selaras.web.identity.account;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.PageTitle;
import id.selaras.web.Language;
import id.selaras.web.identity.Role;
import id.selaras.web.identity.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.MessageSource;

/**
 * Where an administrator creates staff accounts (akun petugas): OPD officers, Bappeda planners, moderators. The
 * initial password is generated and shown once, to be handed over and changed.
 */
@PageTitle("Kelola akun · Selaras")
@RolesAllowed("ADMIN")
public class AccountAdminView extends Main {

    private final Input email = input("email", "email");
    private final Input name = input("name", "text");
    private final Element role = new Element("select");
    private final Input region = input("region", "text");
    private final Input opds = input("opds", "text");
    private final Div result = new Div();

    AccountAdminView(AccountService accounts, SignedInUser admin, MessageSource messages) {
        addClassName("identity-page");
        for (Role r : new Role[] {Role.OPD_OFFICER, Role.BAPPEDA_PLANNER, Role.MODERATOR, Role.ADMIN}) {
            role.appendChild(new Element("option").setAttribute("value", r.name()).setText(label(r)));
        }
        role.setAttribute("id", "role");
        // Synchronises the select's value to the server on change; untouched, it keeps the first option.
        role.addPropertyChangeListener("value", "change", event -> { });
        result.getElement().setAttribute("role", "status");
        NativeButton create = new NativeButton("Buat akun", click -> {
            String password = GeneratedPassword.of(16);
            try {
                Account account = accounts.createStaff(new StaffAccount(email.getValue(), name.getValue(), password,
                        Set.of(Role.valueOf(role.getProperty("value", Role.OPD_OFFICER.name()))), region.getValue(),
                        codes(opds.getValue())), admin.subject().orElse("admin"));
                show("Akun " + account.email() + " dibuat. Kata sandi awal (tampil sekali, serahkan secara aman): "
                        + password, "form-notice");
            } catch (AccountException e) {
                show(messages.getMessage(e.messageKey(), new Object[] {PasswordPolicy.MIN_LENGTH},
                        Language.current()), "form-problem");
            }
        });
        create.addClassName("button");
        Div form = new Div(label("email", "Email"), email, label("name", "Nama"), name, label("role", "Peran"));
        form.getElement().appendChild(role);
        form.add(label("region", "Kode daerah (Kemendagri), mis. 33.71"), region,
                label("opds", "Kode OPD, dipisah koma (khusus petugas OPD)"), opds, create);
        form.addClassName("identity-form");
        add(new H1("Kelola akun petugas"), new Paragraph("Warga mendaftar sendiri; akun petugas dibuat di sini."),
                result, form);
    }

    private void show(String text, String className) {
        result.removeAll();
        result.setClassName(className);
        result.add(new Paragraph(text));
    }

    private static Input input(String id, String type) {
        Input input = new Input();
        input.setId(id);
        input.setType(type);
        return input;
    }

    private static NativeLabel label(String forId, String text) {
        NativeLabel label = new NativeLabel(text);
        label.setFor(forId);
        return label;
    }

    private static String label(Role role) {
        return switch (role) {
            case OPD_OFFICER -> "Petugas perangkat daerah (OPD)";
            case BAPPEDA_PLANNER -> "Perencana Bappeda";
            case MODERATOR -> "Moderator";
            default -> "Administrator";
        };
    }

    private static Set<String> codes(String text) {
        return new LinkedHashSet<>(Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

}
