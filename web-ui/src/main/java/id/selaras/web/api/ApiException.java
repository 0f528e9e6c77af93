package id.selaras.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered, and refused: bad input, no permission, a stale version, a rate limit. Unlike
 * {@link id.selaras.web.BackendException} (the server could not be reached), the messages here are the server's and
 * can be shown to the person as they are, next to the field they name.
 */
public class ApiException extends RuntimeException {

    private final List<ApiError> errors;

    public ApiException(String operation, List<ApiError> errors) {
        super(operation + " refused: " + errors.stream().map(e -> e.classification() + " " + e.code()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<ApiError> errors() {
        return errors;
    }

    /** The classification of the first error: what the view reacts to (a conflict dialog, a sign-in prompt...). */
    public Classification classification() {
        return errors.isEmpty() ? Classification.OTHER : errors.getFirst().classification();
    }

    public boolean is(Classification classification) {
        return errors.stream().anyMatch(e -> e.classification() == classification);
    }

    /** Messages by input field path; the first message wins when one field has several. */
    public Map<String, String> fieldMessages() {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.stream().filter(e -> e.field() != null).forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }

    /** The message for a field, matched on its full path or on its last segment. */
    public Optional<String> messageFor(String field) {
        return errors.stream().filter(e -> field.equals(e.field()) || field.equals(e.fieldName()))
                .map(ApiError::message).findFirst();
    }

    /** Messages that concern no field: shown at the top of the form. */
    public List<String> generalMessages() {
        return errors.stream().filter(e -> e.field() == null).map(ApiError::message).toList();
    }

    @Override
    public String getLocalizedMessage() {
        return errors.isEmpty() ? getMessage() : errors.getFirst().message();
    }
}
