package id.selaras.web.identity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/** The header's account corner: "Masuk" and "Daftar" for visitors, the person's name and "Keluar" once signed in. */
public class AccountMenu extends Div {

    /** Where the sign-in starts (Spring Security's OAuth2 client), outside Vaadin's router. */
    public static final String SIGN_IN = "/oauth2/authorization/selaras";

    public AccountMenu(SignedInUser user, IdentityProperties properties) {
        addClassName("account-menu");
        user.name().ifPresentOrElse(name -> {
            Span who = new Span(name);
            who.addClassName("account-name");
            who.getElement().setAttribute("title", getTranslation("account.signed-in-as", name));
            add(who);
            NativeButton signOut = new NativeButton(getTranslation("account.sign-out"), click -> user.signOut());
            signOut.addClassName("button");
            add(signOut);
        }, () -> {
            add(link(getTranslation("account.sign-in"), SIGN_IN));
            if (properties.embedded()) {
                add(link(getTranslation("account.register"), "/register"));
            }
        });
    }

    private static Anchor link(String text, String href) {
        Anchor link = new Anchor(href, text);
        link.addClassName("button");
        link.setRouterIgnore(true); // a full page load: the sign-in and registration pages are not Vaadin views
        return link;
    }
}
