package id.selaras.web.comment;

import id.selaras.web.Navigation;

/**
 * Addresses of the public pages, shareable as they are (on WhatsApp, read aloud). Global ids are URL-safe Base64,
 * so they go into a path unchanged. Relative: the page's base is the application's root, so they work from any page depth.
 */
public final class Links {

    public static final String PLANS = Navigation.PLANS;
    public static final String CONSULTATIONS = Navigation.CONSULTATIONS;
    public static final String ASPIRATIONS = Navigation.ASPIRATIONS;

    private Links() {
    }

    public static String indicator(String id) {
        return Navigation.INDICATOR + "/" + id;
    }

    public static String planVersion(String id) {
        return Navigation.PLANS + "/" + id;
    }

    public static String consultation(String id) {
        return Navigation.CONSULTATIONS + "/" + id;
    }
}
