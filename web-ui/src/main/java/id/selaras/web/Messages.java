package id.selaras.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The words of the web UI, from {@code i18n/ui.properties} (Bahasa Indonesia, the default) and
 * {@code i18n/ui_en.properties}. Views call {@code getTranslation("key", args...)}; arguments are formatted in the
 * page's locale (so {@code {0,number}} gives {@code 1.234,5} in Indonesian).
 *
 * <p>No fallback to the JVM's locale: on a server whose default is English, Indonesian pages must stay Indonesian.
 */
@Component
public class Messages implements I18NProvider {

    static final String BUNDLE = "i18n/ui";
    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.INDONESIAN, Language.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale used = locale == null ? Language.INDONESIAN : locale;
        try {
            String pattern = bundle(used).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, used).format(params);
        } catch (MissingResourceException e) {
            log.warn("No text for key {} ({})", key, used);
            return key;
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                NO_FALLBACK);
    }
}
