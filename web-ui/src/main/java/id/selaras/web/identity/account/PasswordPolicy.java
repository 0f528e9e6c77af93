package id.selaras.web.identity.account;

import java.util.Locale;
import java.util.Set;

/**
 * The minimum rules for a password: long enough, not the person's own email or name, not one of the passwords
 * every attacker tries first. No composition rules (NIST SP 800-63B): length protects, forced symbols do not.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "password1234",
            "0987654321", "1qaz2wsx3edc", "iloveyou123", "indonesia123", "bismillah123", "selaras123", "rahasia123",
            "qwerty12345", "1234512345", "abcdefghij", "passw0rd123");

    private PasswordPolicy() {
    }

    /** Throws when the password breaks a rule; the message key says which. */
    public static void check(String password, String email, String displayName) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountException("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountException("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4
                || (localPart.length() >= 4 && lower.contains(localPart))
                || (displayName != null && lower.equals(displayName.toLowerCase(Locale.ROOT).replace(" ", "")))) {
            throw new AccountException("password.tooWeak");
        }
    }
}
