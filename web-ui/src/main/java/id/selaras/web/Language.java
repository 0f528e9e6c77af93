package id.selaras.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * The language of the pages: Bahasa Indonesia unless the person chose English. The choice is the {@code selaras-lang}
 * cookie, which the sign-in pages ({@code PageLanguage}) read too, so the whole site speaks one language. Not the
 * browser's Accept-Language: Indonesian is the default even on an English-language phone.
 */
@Component
public class Language implements VaadinServiceInitListener {

    /** Indonesian as used in Indonesia; number and date formats follow it (koma desimal). */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-ID");
    public static final String COOKIE = "selaras-lang";
    static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Screen readers pick their voice from the lang attribute; Vaadin would otherwise use the JVM's locale.
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", of(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(of(VaadinService.getCurrentRequest())));
    }

    /** The language the request asks for through the cookie; Indonesian without one. */
    public static Locale of(VaadinRequest request) {
        return Optional.ofNullable(request).map(VaadinRequest::getCookies).map(Arrays::asList).orElse(List.of()).stream()
                .filter(c -> COOKIE.equals(c.getName())).findFirst().map(Cookie::getValue)
                .filter(v -> v.startsWith("en")).map(v -> ENGLISH).orElse(INDONESIAN);
    }

    /** True when the current page is in English. */
    public static boolean isEnglish() {
        UI ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }

    /** The current page's locale, Indonesian outside a page. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? INDONESIAN : ui.getLocale();
    }

    /** Switches the person's language: remembered for a year, applied by reloading the page. */
    public static void choose(Locale locale) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
            ui.getPage().reload();
        }
    }
}
