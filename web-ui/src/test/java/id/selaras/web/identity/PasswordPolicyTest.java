package id.selaras.web.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.selaras.web.identity.account.AccountException;
import id.selaras.web.identity.account.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void longPassphrase_isAccepted() {
        assertThatCode(() -> PasswordPolicy.check("kopi tubruk pagi hari", "siti@example.org", "Siti"))
                .doesNotThrowAnyException();
    }

    @Test
    void shortCommonOrPersonalPasswords_areRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("pendek", "siti@example.org", "Siti"))
                .isInstanceOf(AccountException.class).hasMessage("password.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("indonesia123", "siti@example.org", "Siti"))
                .hasMessage("password.tooWeak");
        assertThatThrownBy(() -> PasswordPolicy.check("sitiaminah2026", "sitiaminah@example.org", "Siti"))
                .hasMessage("password.tooWeak");
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaa", "siti@example.org", "Siti"))
                .hasMessage("password.tooWeak");
    }
}
