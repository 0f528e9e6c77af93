package id.selaras.web;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.selaras.web.identity.AccountMenu;
import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.SignedInUser;

/**
 * The frame of every view. Phone first: a header (banner) with the site's name, the language switch and the account
 * menu; the page; a bottom bar with the person's four main places and "Lainnya" for the rest. From 64 rem wide the
 * bar becomes a side navigation listing everything, grouped (CSS only: the same elements, no second render).
 *
 * <p>Views are {@code <main>} elements (the main landmark); the skip link jumps to them.
 */
@Layout
@AnonymousAllowed
@StyleSheet("styles/identity.css")
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Div content = new Div();
    private final List<Navigation.Entry> entries;
    private final UnorderedList links = new UnorderedList();
    private final List<Anchor> anchors = new java.util.ArrayList<>();

    MainLayout(SignedInUser user, IdentityProperties identity) {
        addClassName("app");
        entries = Navigation.forPerson(user::has).stream()
                .filter(e -> identity.embedded() || !e.path().equals(Navigation.ACCOUNTS)).toList();

        Anchor skip = new Anchor("#content", getTranslation("nav.skip"));
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);

        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        Header header = new Header(brand, languageSwitch(), new AccountMenu(user, identity));
        header.addClassName("app-header");

        content.setId("content");
        content.addClassName("app-content");
        add(skip, header, navigation(), content);
    }

    private Nav navigation() {
        links.addClassName("nav-list");
        NativeDetails more = null;
        UnorderedList moreList = new UnorderedList();
        moreList.addClassName("nav-more-list");
        for (int i = 0; i < entries.size(); i++) {
            Navigation.Entry entry = entries.get(i);
            ListItem item = new ListItem(link(entry));
            item.addClassName("nav-group-" + entry.group().name().toLowerCase());
            if (i >= Navigation.PHONE_SLOTS && entries.size() > Navigation.PHONE_SLOTS + 1) {
                item.addClassName("nav-overflow"); // in the side navigation on desktops, under "Lainnya" on phones
                moreList.add(new ListItem(link(entry)));
            }
            links.add(item);
        }
        Nav nav = new Nav(links);
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        if (moreList.getComponentCount() > 0) {
            Span summary = new Span(Icons.icon("more"), new Span(getTranslation("nav.more")));
            summary.addClassName("nav-link");
            more = new NativeDetails(summary, moreList);
            more.addClassName("nav-more");
            links.add(new ListItem(more));
        }
        return nav;
    }

    private Anchor link(Navigation.Entry entry) {
        Anchor link = new Anchor(entry.path().isEmpty() ? "." : entry.path(), "");
        link.add(Icons.icon(entry.icon()), new Span(getTranslation(entry.label())));
        link.addClassName("nav-link");
        link.getElement().setAttribute("data-path", entry.path());
        anchors.add(link);
        return link;
    }

    private NativeButton languageSwitch() {
        boolean english = Language.isEnglish();
        NativeButton change = new NativeButton(getTranslation("language.switch"),
                click -> Language.choose(english ? Language.INDONESIAN : Language.ENGLISH));
        change.addClassName("language-switch");
        change.getElement().setAttribute("lang", english ? "id" : "en");
        change.getElement().setAttribute("title", getTranslation("language.switch.title"));
        return change;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        // The most specific entry wins: "opd/indikator/12" marks "opd/indikator", "" marks only the home page.
        String current = entries.stream().map(Navigation.Entry::path)
                .filter(p -> p.isEmpty() ? path.isEmpty() : path.equals(p) || path.startsWith(p + "/"))
                .reduce((a, b) -> b.length() > a.length() ? b : a).orElse(null);
        for (Anchor link : anchors) {
            if (link.getElement().getAttribute("data-path").equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }
}
