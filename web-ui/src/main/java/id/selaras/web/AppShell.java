package id.selaras.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The HTML page every view is rendered in: viewport, default title and the one stylesheet.
 *
 * <p>No Vaadin theme (Lumo, Aura) is loaded: the public pages are read on cheap phones, and the plain HTML elements
 * they use are styled by {@code selaras.css} alone. The {@code lang} attribute is set by {@link DocumentLanguage}.
 */
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "description", content = "Selaras: rencana pembangunan daerah (RPJMD) yang terbuka untuk masyarakat.")
@Meta(name = "theme-color", content = "#0b5d4b")
@StyleSheet("styles/selaras.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Selaras");
    }
}
