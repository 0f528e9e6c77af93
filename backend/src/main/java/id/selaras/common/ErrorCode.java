package id.selaras.common;

/**
 * Every expected failure the API reports, with its classification. The message text is looked up as
 * {@code error.<NAME>} in {@code messages*.properties} (Bahasa Indonesia by default, English).
 */
public enum ErrorCode {
    UNAUTHENTICATED(ErrorType.UNAUTHORIZED),
    FORBIDDEN(ErrorType.FORBIDDEN),
    FORBIDDEN_SCOPE(ErrorType.FORBIDDEN),
    FORBIDDEN_OPD(ErrorType.FORBIDDEN),
    FORBIDDEN_REGION(ErrorType.FORBIDDEN),
    NOT_FOUND(ErrorType.NOT_FOUND),
    VERSION_CONFLICT(ErrorType.CONFLICT),
    ALREADY_EXISTS(ErrorType.CONFLICT),
    RATE_LIMITED(ErrorType.RATE_LIMITED),

    INVALID_ID(ErrorType.BAD_REQUEST),
    INVALID_CURSOR(ErrorType.BAD_REQUEST),
    PAGE_SIZE(ErrorType.BAD_REQUEST),
    REQUIRED(ErrorType.BAD_REQUEST),
    TOO_LONG(ErrorType.BAD_REQUEST),
    INVALID_TEXT(ErrorType.BAD_REQUEST),
    NOT_FINITE(ErrorType.BAD_REQUEST),
    OUT_OF_RANGE(ErrorType.BAD_REQUEST),
    INVALID_FORMAT(ErrorType.BAD_REQUEST),
    INVALID_PERIOD(ErrorType.BAD_REQUEST),
    YEAR_OUTSIDE_PERIOD(ErrorType.BAD_REQUEST),
    DUPLICATE_YEAR(ErrorType.BAD_REQUEST),
    DUPLICATE_CODE(ErrorType.BAD_REQUEST),
    INVALID_CODE(ErrorType.BAD_REQUEST),
    CODE_NOT_UNDER_PARENT(ErrorType.BAD_REQUEST),
    WRONG_PARENT_KIND(ErrorType.BAD_REQUEST),
    ROOT_KIND_NOT_ALLOWED(ErrorType.BAD_REQUEST),
    DIFFERENT_VERSION(ErrorType.BAD_REQUEST),
    WRONG_SUPPORT_KIND(ErrorType.BAD_REQUEST),
    SUPPORTS_OWN_PARENT(ErrorType.BAD_REQUEST),
    HAS_CHILDREN(ErrorType.BAD_REQUEST),
    VERSION_NOT_EDITABLE(ErrorType.BAD_REQUEST),
    INVALID_STATUS_TRANSITION(ErrorType.BAD_REQUEST),
    DRAFT_EXISTS(ErrorType.CONFLICT),
    NO_ADOPTED_VERSION(ErrorType.BAD_REQUEST),
    RANGE_REQUIRED(ErrorType.BAD_REQUEST),
    RANGE_INVERTED(ErrorType.BAD_REQUEST),
    TARGET_VALUE_REQUIRED(ErrorType.BAD_REQUEST),
    TARGET_AMBIGUOUS(ErrorType.BAD_REQUEST),
    NOT_A_REFERENCE_PLAN(ErrorType.BAD_REQUEST),
    REALISATION_NEEDS_ADOPTED(ErrorType.BAD_REQUEST),
    REALISATION_EXISTS(ErrorType.CONFLICT),
    REALISATION_PERIOD_MISMATCH(ErrorType.BAD_REQUEST),
    OPD_OUTSIDE_REGION(ErrorType.BAD_REQUEST),
    REGION_PARENT_LEVEL(ErrorType.BAD_REQUEST),
    UNKNOWN_RULE(ErrorType.BAD_REQUEST);

    private final ErrorType type;

    ErrorCode(ErrorType type) {
        this.type = type;
    }

    public ErrorType type() {
        return type;
    }

    public String messageKey() {
        return "error." + name();
    }
}
