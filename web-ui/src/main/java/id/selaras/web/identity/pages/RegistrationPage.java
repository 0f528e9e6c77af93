package id.selaras.web.identity.pages;

import java.util.Locale;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.account.AccountException;
import id.selaras.web.identity.account.AccountService;
import id.selaras.web.identity.account.PasswordPolicy;
import id.selaras.web.identity.account.Registration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Citizens register themselves here (pendaftaran): email, display name, password and consent, nothing more. */
@Controller
@EmbeddedProvider
class RegistrationPage {

    private final AccountService accounts;
    private final IdentityProperties properties;

    RegistrationPage(AccountService accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @GetMapping("/register")
    String form(Model model) {
        return show(model, "", "", null);
    }

    @PostMapping("/register")
    String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
                    @RequestParam(defaultValue = "") String password, @RequestParam(required = false) String consent,
                    Locale locale, Model model) {
        try {
            accounts.register(new Registration(email, displayName, password, consent != null, locale.getLanguage()));
            return "redirect:/login?registered";
        } catch (AccountException e) {
            // The password is never sent back into the page.
            return show(model, email, displayName, e.messageKey());
        }
    }

    private String show(Model model, String email, String displayName, String problem) {
        model.addAttribute("email", email);
        model.addAttribute("displayName", displayName);
        model.addAttribute("problem", problem);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("problemArg", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("consentVersion", properties.consent().textVersion());
        return "identity/register";
    }
}
