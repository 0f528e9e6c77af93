package id.selaras.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A requested page of a cursor connection: {@code first} (1..100, default 20) items after an opaque cursor.
 * Cursors carry the offset of the item in the list's stable order.
 */
public record Page(int first, long offset) {

    public static final int MAX = 100;
    public static final int DEFAULT = 20;

    public static Page of(Integer first, String after) {
        int size = first == null ? DEFAULT : first;
        if (size < 0 || size > MAX) {
            throw SelarasException.of(ErrorCode.PAGE_SIZE, "first", MAX);
        }
        return new Page(size, after == null ? 0 : decodeCursor(after) + 1);
    }

    public static String cursor(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeCursor(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("o:")) {
                long offset = Long.parseLong(raw.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw SelarasException.of(ErrorCode.INVALID_CURSOR, "after");
    }

    /** Rows to fetch: one more than asked, to know whether a next page exists. */
    public int limit() {
        return first + 1;
    }
}
