package id.selaras.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Global ids of the public API: opaque base64url of {@code Type:number}. The type is checked on decode, so an
 * indicator id passed where a node id is expected is a clear BAD_REQUEST, never a wrong row.
 */
public record GlobalId(String type, long id) {

    public static String encode(String type, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any well-formed id, or returns null. */
    public static GlobalId parse(String globalId) {
        if (globalId == null || globalId.length() > 100) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(globalId.strip()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            long id = Long.parseLong(raw.substring(colon + 1));
            return id > 0 ? new GlobalId(raw.substring(0, colon), id) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The numeric id of a global id of the expected type; INVALID_ID for anything else. */
    public static long decode(String expectedType, String globalId, String field) {
        GlobalId id = parse(globalId);
        if (id == null || !id.type().equals(expectedType)) {
            throw SelarasException.of(ErrorCode.INVALID_ID, field, expectedType);
        }
        return id.id();
    }

    /** Like {@link #decode} but null stays null. */
    public static Long decodeOptional(String expectedType, String globalId, String field) {
        return globalId == null ? null : decode(expectedType, globalId, field);
    }

    @Override
    public String toString() {
        return encode(type, id);
    }
}
