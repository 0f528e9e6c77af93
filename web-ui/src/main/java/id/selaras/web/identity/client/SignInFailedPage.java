package id.selaras.web.identity.client;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Says, in words a person can act on, that signing in did not complete (denied, expired or refused by the issuer). */
@Controller
class SignInFailedPage {

    static final String PATH = "/sign-in-failed";

    @GetMapping(PATH)
    String failed() {
        return "identity/sign-in-failed";
    }
}
