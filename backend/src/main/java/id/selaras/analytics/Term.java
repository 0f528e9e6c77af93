package id.selaras.analytics;

/**
 * A word in a finding's message that is itself translated, e.g. the name of a missing field or of a cascade kind:
 * the message key {@code term.<key>} in {@code messages*.properties}.
 */
public record Term(String key) {

    public static Term of(String group, Object value) {
        return new Term(group + "." + value);
    }
}
