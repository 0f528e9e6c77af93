package id.selaras.web.identity.account;

import java.security.SecureRandom;

/** Random initial passwords (for staff and demo accounts), from letters and digits that cannot be confused. */
final class GeneratedPassword {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private GeneratedPassword() {
    }

    static String of(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
