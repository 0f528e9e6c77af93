package id.selaras.web.identity.clients;

import java.util.List;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.identity.EmbeddedProvider;
import org.springframework.stereotype.Component;

/** Adds the API clients page, which exists only where the embedded provider keeps the clients. */
@Component
@EmbeddedProvider
class ClientRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(Navigation.CLIENTS, ClientView.class, List.of(MainLayout.class));
    }
}
