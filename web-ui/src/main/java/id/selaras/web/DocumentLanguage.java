package id.selaras.web;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Makes Bahasa Indonesia the language of every page: {@code <html lang="id">} and the UI locale. */
@Component
public class DocumentLanguage implements VaadinServiceInitListener {

    /** Indonesian as used in Indonesia; number and date formats follow it. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Screen readers pick their voice from the lang attribute; Vaadin would otherwise use the JVM's locale.
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", "id"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(INDONESIAN));
    }
}
