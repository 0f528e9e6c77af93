package id.selaras.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The HTML page every view is rendered in: viewport, default title, the one stylesheet, the web app manifest and
 * service worker (installable PWA with an offline page), and server push for live updates.
 *
 * <p>No Vaadin theme (Lumo, Aura) is loaded: the public pages are read on cheap phones, and the plain HTML elements
 * they use are styled by {@code selaras.css} alone; Vaadin's components keep their built-in base styles. The
 * {@code lang} attribute is set by {@link Language}.
 */
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "description", content = "Selaras: rencana pembangunan daerah (RPJMD) yang terbuka untuk masyarakat.")
@Meta(name = "theme-color", content = "#0b5d4b")
@StyleSheet("styles/selaras.css")
// Server-to-browser pushes over a WebSocket, browser-to-server messages over plain HTTP (XHR): those run through the
// servlet filters, so a view's GraphQL call has the request and session that carry the person's access token
// (AccessTokenRelay). With Transport.WEBSOCKET a click or a navigation arrived over the WebSocket and reached the
// backend without a token (UNAUTHENTICATED).
@Push(transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Selaras");
        settings.addLink("manifest", "/manifest.webmanifest");
        settings.addLink("/icons/icon.svg", java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("/icons/favicon-32.png", java.util.Map.of("rel", "icon", "type", "image/png", "sizes", "32x32"));
        settings.addLink("apple-touch-icon", "/icons/apple-touch-icon.png");
        settings.addInlineWithContents(Inline.Position.APPEND, """
                if ('serviceWorker' in navigator) {
                  window.addEventListener('load', function () { navigator.serviceWorker.register('/sw.js'); });
                }""", Inline.Wrapping.JAVASCRIPT);
    }
}
