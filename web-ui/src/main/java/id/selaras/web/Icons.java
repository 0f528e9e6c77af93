package id.selaras.web;

import java.util.Map;

import com.vaadin.flow.component.Html;

/**
 * The few icons of the navigation as inline SVG (24×24, stroked with the text colour): no icon font, no extra request.
 * Decorative only — every icon sits next to its text label and is hidden from screen readers.
 */
public final class Icons {

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("home", "M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z"),
            Map.entry("plan", "M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7"),
            Map.entry("chat", "M4 5h16v11H9l-5 4zM8 9h8M8 12h5"),
            Map.entry("megaphone", "M3 10v4h3l7 4V6L6 10zM16 9a4 4 0 0 1 0 6M19 7a7 7 0 0 1 0 10"),
            Map.entry("target", "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10M12 11v2"),
            Map.entry("reply", "M10 8L4 13l6 5M4 13h10a6 6 0 0 1 6 6"),
            Map.entry("chart", "M4 20h16M7 16v-5M12 16V7M17 16v-8"),
            Map.entry("tree", "M12 3v5M12 8H6v5M12 8h6v5M4 13h4v4H4zM16 13h4v4h-4zM10 13h4v4h-4zM12 8v5"),
            Map.entry("shield", "M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6z"),
            Map.entry("key", "M14 10a4 4 0 1 0-3.5 4L5 19.5V21h3v-2h2v-2h2l1.5-1.5A4 4 0 0 0 14 10"),
            Map.entry("user", "M12 12a4 4 0 1 0 0-8a4 4 0 1 0 0 8M4 21a8 8 0 0 1 16 0"),
            Map.entry("upload", "M12 16V4M7 9l5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3"),
            Map.entry("more", "M5 12h.01M12 12h.01M19 12h.01"),
            Map.entry("globe", "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"));

    private Icons() {
    }

    public static Html icon(String name) {
        String path = PATHS.getOrDefault(name, PATHS.get("more"));
        return new Html("<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" aria-hidden=\"true\" "
                + "focusable=\"false\"><path d=\"" + path + "\"/></svg>");
    }
}
