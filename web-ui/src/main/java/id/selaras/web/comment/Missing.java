package id.selaras.web.comment;

import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;

/** Whether a refusal means "there is no such page": an unknown or malformed id in a shared link. */
public final class Missing {

    private Missing() {
    }

    public static boolean is(RuntimeException failure) {
        return failure instanceof ApiException refusal
                && (refusal.is(Classification.NOT_FOUND) || refusal.is(Classification.BAD_REQUEST));
    }
}
