package id.selaras.web.identity.pages;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The provider's sign-in page (halaman masuk); the form posts to Spring Security's {@code /login}. */
@Controller
@EmbeddedProvider
class LoginPage {

    private final IdentityProperties properties;

    LoginPage(IdentityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String disabled, @RequestParam(required = false) String registered,
                 Model model) {
        String problem = locked != null ? "login.locked" : disabled != null ? "login.disabled"
                : error != null ? "login.failed" : null;
        model.addAttribute("problem", problem);
        model.addAttribute("problemArg", properties.lockout().duration().toMinutes());
        model.addAttribute("registered", registered != null);
        return "identity/login";
    }
}
