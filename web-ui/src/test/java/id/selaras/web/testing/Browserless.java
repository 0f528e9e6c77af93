package id.selaras.web.testing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import id.selaras.web.Language;
import id.selaras.web.Messages;

/**
 * Views without a browser or a server: a current {@link VaadinService} whose instantiator hands out the real
 * {@link Messages} (so {@code getTranslation} gives the real texts) and a current {@link UI} in the chosen language.
 * Components are then built and clicked through their Java API ({@code button.click()}), values set with
 * {@code setValue}. Call {@link #close()} after each test.
 */
public final class Browserless implements AutoCloseable {

    private final UI ui;

    private Browserless(Locale locale) {
        VaadinService service = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new Messages());
        VaadinService.setCurrent(service);
        ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    public static Browserless indonesian() {
        return new Browserless(Language.INDONESIAN);
    }

    public static Browserless english() {
        return new Browserless(Language.ENGLISH);
    }

    /** Clicks a component as the browser would (any ClickNotifier, e.g. a NativeButton). */
    public static void click(com.vaadin.flow.component.Component component) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(component, new com.vaadin.flow.component.ClickEvent<>(component));
    }

    public UI ui() {
        return ui;
    }

    @Override
    public void close() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }
}
