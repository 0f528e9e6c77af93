package id.selaras.web.identity.account;

import java.util.List;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import id.selaras.web.MainLayout;
import id.selaras.web.identity.EmbeddedProvider;
import org.springframework.stereotype.Component;

/** Adds the account administration view, which exists only where the embedded provider keeps the accounts. */
@Component
@EmbeddedProvider
class AdminRoutes implements VaadinServiceInitListener {

    static final String PATH = "admin/accounts";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(PATH, AccountAdminView.class, List.of(MainLayout.class));
    }
}
