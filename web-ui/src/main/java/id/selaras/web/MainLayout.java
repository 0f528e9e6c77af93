package id.selaras.web;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.selaras.web.identity.AccountMenu;
import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.SignedInUser;

/** The frame of every view: a header (banner landmark) with the name of the site and the account menu. */
@Layout
@AnonymousAllowed
@StyleSheet("styles/identity.css")
public class MainLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    MainLayout(SignedInUser user, IdentityProperties identity) {
        Anchor brand = new Anchor("", "Selaras");
        brand.addClassName("brand");
        Header header = new Header(brand, new AccountMenu(user, identity));
        header.addClassName("app-header");
        content.addClassName("app-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
