package id.selaras.web.api;

/** The stable {@code extensions.classification} of a GraphQL error of the Selaras API (DESIGN.md, "Contracts"). */
public enum Classification {
    BAD_REQUEST,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    RATE_LIMITED,
    /** Anything else the server reported (an internal error, a new classification). */
    OTHER;

    public static Classification of(Object value) {
        if (value instanceof String name) {
            for (Classification c : values()) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
            // graphql-java's own validation errors (e.g. an unknown field) are request errors too.
            if (name.equals("ValidationError") || name.equals("InvalidSyntax")) {
                return BAD_REQUEST;
            }
        }
        return OTHER;
    }
}
