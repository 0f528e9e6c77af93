package id.selaras.web.opd;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.selaras.web.api.Connection;
import id.selaras.web.BackendException;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.chart.Numbers;
import id.selaras.web.ui.ErrorState;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Tanggapan": comments still awaiting an official response — for an officer those about their OPD's indicators,
 * nodes and assigned aspirations, for a planner the region's — oldest first, each with an inline official answer.
 * An answered comment leaves the list.
 */
@Route(value = Navigation.RESPONSES, layout = MainLayout.class)
@RolesAllowed({"OPD_OFFICER", "BAPPEDA_PLANNER"})
@StyleSheet("styles/opd.css")
public class ResponsesView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final OpdClient client;
    private final Div list = new Div();
    private final Div more = new Div();
    private final Div status = new Div();
    private final Paragraph count = new Paragraph();
    private int total;
    private int shown;

    ResponsesView(OpdClient client) {
        this.client = client;
        addClassName("opd-view");
        Paragraph lead = new Paragraph(getTranslation("opd.responses.lead"));
        lead.addClassName("lead");
        status.addClassName("form-notice");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        count.addClassName("list-count");
        count.getElement().setAttribute("aria-live", "polite");
        list.addClassName("awaiting-list");
        add(new H1(getTranslation("opd.responses.title")), lead, status, count, list, more);
        load(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.responses.title") + " · Selaras";
    }

    private void load(String after) {
        more.removeAll();
        Connection<OpdClient.Awaiting> page;
        try {
            page = client.awaiting(PAGE, after);
        } catch (ApiException | BackendException e) {
            list.add(new ErrorState(e, () -> load(after)));
            return;
        }
        total = page.totalCount();
        updateCount();
        if (after == null && page.nodes().isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("opd.responses.none")));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (OpdClient.Awaiting comment : page.nodes()) {
            list.add(card(comment, ++shown));
        }
        if (page.pageInfo() != null && page.pageInfo().hasNextPage()) {
            NativeButton next = new NativeButton(getTranslation("opd.responses.more"), e -> load(page.pageInfo().endCursor()));
            next.addClassNames("button", "button-secondary");
            next.setId("responses-more");
            more.add(next);
        }
    }

    private void updateCount() {
        count.setText(getTranslation("opd.responses.count", total));
    }

    Section card(OpdClient.Awaiting c, int n) {
        Section card = new Section();
        card.addClassName("awaiting-card");
        card.getElement().setAttribute("data-comment-id", c.id());
        String prefix = "answer-" + n;
        H2 subject = new H2(getTranslation("opd.subject." + c.subject().__typename()) + ": " + c.subject().label());
        subject.setId(prefix + "-title");
        card.getElement().setAttribute("aria-labelledby", prefix + "-title");
        card.add(subject);
        if ("Indicator".equals(c.subject().__typename())) {
            Anchor open = new Anchor(Navigation.INDICATOR + "/" + c.subject().id(), getTranslation("opd.responses.open"));
            open.getElement().setAttribute("aria-label", getTranslation("opd.responses.open.label", c.subject().label()));
            card.add(open);
        }
        Paragraph meta = new Paragraph(getTranslation("opd.responses.meta", c.author().name(), when(c.createdAt(), getLocale()),
                c.agreeCount(), c.disagreeCount()));
        meta.addClassName("card-meta");
        Div quote = new Div();
        quote.getElement().appendChild(new com.vaadin.flow.dom.Element("blockquote").setText(c.body() == null ? "" : c.body()));
        card.add(meta, quote);
        if (c.proposal() != null) {
            Double current = c.proposal().currentTarget() == null ? null : c.proposal().currentTarget().value();
            Paragraph proposal = new Paragraph(getTranslation("opd.responses.proposal", String.valueOf(c.proposal().year()),
                    Numbers.format(c.proposal().value(), getLocale()), Numbers.format(current, getLocale())));
            proposal.addClassName("proposal");
            card.add(proposal);
        }
        card.add(new AnswerForm(prefix, (body, key) -> client.answer(c.subject().id(), c.id(), body, key), () -> {
            list.remove(card);
            total = Math.max(0, total - 1);
            updateCount();
            status.removeAll();
            status.add(new Paragraph(getTranslation("opd.answer.sent", c.subject().label())));
            status.setVisible(true);
        }));
        return card;
    }

    static String when(String iso, Locale locale) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(WIB)
                    .format(DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", locale)) + " WIB";
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
