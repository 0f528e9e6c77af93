package id.selaras.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import id.selaras.testsupport.TestDatabase;
import id.selaras.web.identity.account.AccountService;
import id.selaras.web.identity.account.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Five failed sign-ins lock an account for 15 minutes, counted in the database; the right password then fails too. */
@IdentityTest
class LockoutTest {

    static final String PASSWORD = "teh manis hangat sekali";

    @Autowired
    AccountService accounts;

    private final Browser browser = new Browser(IdentityTest.PortInitializer.ISSUER);

    @Test
    void fiveFailures_lockTheAccount_evenForTheRightPassword() throws SQLException {
        String email = citizen();
        for (int i = 0; i < 5; i++) {
            assertThat(Browser.location(signIn(email, "salah-" + i + "-kata-sandi"))).endsWith("/login?error");
        }

        HttpResponse<String> right = signIn(email, PASSWORD);

        assertThat(Browser.location(right)).endsWith("/login?locked");
        Instant lockedUntil = lockedUntil(email);
        assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
                Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(browser.get("/login?locked").body()).contains("dikunci sementara").contains("15 menit");
    }

    @Test
    void failuresBelowTheLimit_areForgotten_afterASuccessfulSignIn() throws SQLException {
        String email = citizen();
        for (int i = 0; i < 4; i++) {
            signIn(email, "salah-" + i + "-kata-sandi");
        }
        assertThat(failedLogins(email)).isEqualTo(4);

        HttpResponse<String> right = signIn(email, PASSWORD);

        assertThat(Browser.location(right)).endsWith("/oauth2/authorization/selaras");
        assertThat(failedLogins(email)).isZero();
        assertThat(lockedUntil(email)).isNull();
    }

    private String citizen() {
        String email = "warga-" + UUID.randomUUID() + "@test.example";
        accounts.register(new Registration(email, "Warga Uji", PASSWORD, true, "id"));
        return email;
    }

    private HttpResponse<String> signIn(String email, String password) {
        return browser.submit("/login", "/login", Map.of("username", email, "password", password));
    }

    private static Instant lockedUntil(String email) throws SQLException {
        Timestamp until = (Timestamp) column(email, "locked_until");
        return until == null ? null : until.toInstant();
    }

    private static int failedLogins(String email) throws SQLException {
        return (Integer) column(email, "failed_logins");
    }

    private static Object column(String email, String column) throws SQLException {
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + " FROM identity.account WHERE email = ?")) {
            s.setString(1, email);
            ResultSet row = s.executeQuery();
            row.next();
            return row.getObject(1);
        }
    }
}
