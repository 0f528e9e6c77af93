package id.selaras.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import id.selaras.web.identity.account.AccountService;
import id.selaras.web.identity.account.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The web UI signs in through its own embedded issuer: authorization code with PKCE, and back to the home page. */
@IdentityTest
class SignInTest {

    static final String PASSWORD = "bakso urat pakai sambal";

    @Autowired
    AccountService accounts;

    private final Browser browser = new Browser(IdentityTest.PortInitializer.ISSUER);

    @Test
    void signIn_goesThroughTheProviderWithPkce_andReturnsHome() {
        String email = "warga-" + UUID.randomUUID() + "@test.example";
        accounts.register(new Registration(email, "Warga Masuk", PASSWORD, true, "id"));

        HttpResponse<String> start = browser.get("/oauth2/authorization/selaras");
        assertThat(Browser.location(start)).startsWith(IdentityTest.PortInitializer.ISSUER + "/oauth2/authorize?")
                .contains("client_id=selaras-web").contains("code_challenge=").contains("code_challenge_method=S256");
        assertThat(Browser.location(browser.get(Browser.location(start)))).endsWith("/login");

        HttpResponse<String> signedIn = browser.submit("/login", "/login", Map.of("username", email, "password", PASSWORD));
        HttpResponse<String> home = browser.follow(signedIn, "never");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");
        // Signed in now: the provider answers a new sign-in at once, without asking for the password again.
        HttpResponse<String> again = browser.get(Browser.location(browser.get("/oauth2/authorization/selaras")));
        assertThat(Browser.location(again)).contains("/login/oauth2/code/selaras?code=");
    }

    @Test
    void refusedSignIn_showsAPageThatSaysSo() {
        browser.get("/oauth2/authorization/selaras");

        HttpResponse<String> callback = browser.get("/login/oauth2/code/selaras?error=access_denied&state=x");

        assertThat(Browser.location(callback)).endsWith("/sign-in-failed");
        assertThat(browser.get("/sign-in-failed").body()).contains("Gagal masuk");
    }
}
