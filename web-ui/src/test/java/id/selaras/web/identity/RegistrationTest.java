package id.selaras.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import id.selaras.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Citizens register themselves with only what is needed, and their consent is recorded with its text version. */
@IdentityTest
class RegistrationTest {

    private final Browser browser = new Browser(IdentityTest.PortInitializer.ISSUER);

    @Test
    void register_storesConsentRecordAndHashedPassword() throws SQLException {
        String email = "warga-" + UUID.randomUUID() + "@test.example";
        String password = "nasi goreng tanpa kecap";

        HttpResponse<String> response = register(email, "Warga Uji", password, true);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/login?registered");
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement("""
                SELECT a.password_hash, a.display_name, r.role, k.purpose, k.text_version, k.language, k.given_at
                FROM identity.account a JOIN identity.account_role r ON r.account_id = a.id
                JOIN identity.consent_record k ON k.account_id = a.id WHERE a.email = ?""")) {
            s.setString(1, email);
            ResultSet row = s.executeQuery();
            assertThat(row.next()).as("account with a consent record").isTrue();
            assertThat(row.getString(1)).startsWith("{bcrypt}$2").doesNotContain(password);
            assertThat(row.getString(2)).isEqualTo("Warga Uji");
            assertThat(row.getString(3)).isEqualTo("CITIZEN");
            assertThat(row.getString(4)).isEqualTo("REGISTRATION");
            assertThat(row.getString(5)).isEqualTo("2026-11-v1");
            assertThat(row.getString(6)).isEqualTo("id");
            assertThat(row.getTimestamp(7).toInstant()).isBetween(Instant.now().minus(Duration.ofMinutes(1)),
                    Instant.now().plusSeconds(1));
            assertThat(row.next()).isFalse();
        }
    }

    @Test
    void register_withoutConsent_createsNoAccount_andSaysWhyInIndonesian() throws SQLException {
        String email = "warga-" + UUID.randomUUID() + "@test.example";

        HttpResponse<String> response = register(email, "Warga Uji", "nasi goreng tanpa kecap", false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("role=\"alert\"").contains("Centang persetujuan");
        assertThat(accounts(email)).isZero();
    }

    @Test
    void register_withShortPassword_isRefused_inEnglishWhenChosen() throws SQLException {
        String email = "warga-" + UUID.randomUUID() + "@test.example";
        browser.get("/register?lang=en");

        HttpResponse<String> response = register(email, "Citizen", "short", true);

        assertThat(response.body()).contains("<html lang=\"en\"").contains("at least 10 characters");
        assertThat(accounts(email)).isZero();
    }

    @Test
    void registrationPage_isAccessible_withLabelsLandmarksAndTitle() {
        String page = browser.get("/register").body();

        assertThat(page).contains("<html lang=\"id\"").contains("<title>Daftar · Selaras</title>")
                .contains("<header").contains("<main").contains("<label for=\"email\"")
                .contains("<label for=\"password\"").contains("<label for=\"consent\"")
                .contains("autocomplete=\"new-password\"")
                .contains("href=\"/register?lang=en\" hreflang=\"en\"");
        assertThat(browser.get("/login?registered").body()).contains("href=\"/login?registered&amp;lang=en\"");
    }

    private HttpResponse<String> register(String email, String name, String password, boolean consent) {
        Map<String, String> form = consent
                ? Map.of("email", email, "displayName", name, "password", password, "consent", "yes")
                : Map.of("email", email, "displayName", name, "password", password);
        return browser.submit("/register", "/register", form);
    }

    private static int accounts(String email) throws SQLException {
        try (Connection c = TestDatabase.shared().connect();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM identity.account WHERE email = ?")) {
            s.setString(1, email);
            ResultSet row = s.executeQuery();
            row.next();
            return row.getInt(1);
        }
    }
}
