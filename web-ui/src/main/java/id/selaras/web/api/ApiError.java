package id.selaras.web.api;

import java.util.Map;

import org.springframework.graphql.ResponseError;

/**
 * One error the API reported, as the views use it.
 *
 * @param message        the server's message, already in the request's language (Bahasa Indonesia or English)
 * @param classification what kind of refusal it is
 * @param code           the server's stable error code (e.g. {@code TARGET_YEAR_OUTSIDE_PERIOD}), or null
 * @param field          the input field it concerns as the server names it (e.g. {@code input.targets[2].value}), or null
 * @param retryAfter     seconds to wait before trying again (rate limits), or null
 */
public record ApiError(String message, Classification classification, String code, String field, Integer retryAfter) {

    static ApiError of(ResponseError error) {
        Map<String, Object> extensions = error.getExtensions();
        Object retry = extensions.get("retryAfter");
        return new ApiError(error.getMessage(), Classification.of(extensions.get("classification")),
                extensions.get("code") instanceof String code ? code : null,
                extensions.get("field") instanceof String field ? field : null,
                retry instanceof Number n ? n.intValue() : null);
    }

    /** The last segment of the field path without indexes ({@code input.targets[2].value} → {@code value}). */
    public String fieldName() {
        if (field == null) {
            return null;
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
