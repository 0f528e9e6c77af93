package id.selaras.web.triage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the server-rendered opinion map before it is put into the page as markup. The API draws it (shapes, text,
 * a title); anything that could run code or load something — a script, an event handler, a link, a foreign object,
 * an entity declaration — means it is not shown (the data table below it still is).
 */
final class SafeSvg {

    /** Generous: the map of 2,000 participants is ~200 kB. */
    static final int MAX_LENGTH = 2_000_000;

    private static final Pattern FORBIDDEN = Pattern.compile(
            "<\\s*(script|foreignobject|iframe|object|embed|image|use|a|animate|set|style|link|meta)[\\s>/]"
                    + "|\\son[a-z]+\\s*=|javascript:|href\\s*=|<!|<\\?|&#|url\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private SafeSvg() {
    }

    /** The SVG when it is one {@code <svg>} element with nothing active in it; empty otherwise. */
    static Optional<String> check(String svg) {
        if (svg == null) {
            return Optional.empty();
        }
        String s = svg.strip();
        if (s.length() > MAX_LENGTH || !s.toLowerCase(Locale.ROOT).startsWith("<svg")
                || !s.toLowerCase(Locale.ROOT).endsWith("</svg>")) {
            return Optional.empty();
        }
        if (FORBIDDEN.matcher(s).find()) {
            return Optional.empty();
        }
        // One root: the first closing </svg> is the last thing (no second element after it).
        if (s.toLowerCase(Locale.ROOT).indexOf("</svg>") != s.length() - "</svg>".length()) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
