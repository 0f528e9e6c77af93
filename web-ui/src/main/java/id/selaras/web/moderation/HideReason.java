package id.selaras.web.moderation;

import java.util.Optional;

/**
 * The public reason for hiding a comment (alasan), checked before it is sent: it replaces the comment's text for
 * everyone, so it must say something (at least {@value #MIN} characters) and fit the API's limit ({@value #MAX}).
 */
public final class HideReason {

    static final int MIN = 5;
    static final int MAX = 500;

    private HideReason() {
    }

    /** The reason as it will be sent: spaces at both ends trimmed, runs of blanks made one. */
    public static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** The message key of what is wrong with the reason, or empty when it may be sent. */
    public static Optional<String> problem(String text) {
        String reason = normalised(text);
        if (reason.isEmpty()) {
            return Optional.of("moderation.reason.required");
        }
        if (reason.length() < MIN) {
            return Optional.of("moderation.reason.short");
        }
        if (reason.length() > MAX) {
            return Optional.of("moderation.reason.long");
        }
        return Optional.empty();
    }
}
