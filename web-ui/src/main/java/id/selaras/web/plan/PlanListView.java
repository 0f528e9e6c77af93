package id.selaras.web.plan;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.selaras.web.BackendException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The home page: the development plans (rencana pembangunan) published on this Selaras. */
@Route("")
@PageTitle("Rencana Pembangunan Daerah · Selaras")
@AnonymousAllowed
public class PlanListView extends Main {

    static final int PAGE_SIZE = 50;
    private static final Logger log = LoggerFactory.getLogger(PlanListView.class);

    private final PlanClient plans;
    private final Div content = new Div();

    PlanListView(PlanClient plans) {
        this.plans = plans;
        addClassName("plan-list-view");
        Paragraph lead = new Paragraph("Rencana pembangunan daerah yang terbuka untuk dibaca, dikomentari dan dipantau.");
        lead.addClassName("lead");
        add(new H1("Rencana Pembangunan Daerah"), lead, content);
        load();
    }

    private void load() {
        content.removeAll();
        try {
            List<PlanSummary> found = plans.plans(PAGE_SIZE);
            content.add(found.isEmpty() ? notice("Belum ada rencana yang diterbitkan.", "empty-state") : list(found));
        } catch (BackendException e) {
            // Logged once here without the trace: the page must never show internals, the operator needs the cause.
            log.warn("Plan list unavailable: {}", e.getMessage());
            content.add(errorState(e));
        }
    }

    private static UnorderedList list(List<PlanSummary> found) {
        UnorderedList list = new UnorderedList();
        list.addClassName("plan-list");
        found.forEach(plan -> list.add(new ListItem(new PlanCard(plan))));
        return list;
    }

    private Div errorState(BackendException e) {
        Div error = notice(e.signInRequired()
                ? "Sesi Anda telah berakhir. Silakan keluar lalu masuk kembali."
                : e.unreachable()
                ? "Server Selaras tidak dapat dihubungi. Silakan coba lagi beberapa saat lagi."
                : "Daftar rencana tidak dapat dimuat saat ini. Silakan coba lagi beberapa saat lagi.", "error-state");
        error.getElement().setAttribute("role", "alert");
        NativeButton retry = new NativeButton("Coba lagi", click -> load());
        retry.addClassName("button");
        error.add(retry);
        return error;
    }

    private static Div notice(String text, String className) {
        Div notice = new Div(new Paragraph(text));
        notice.addClassName(className);
        return notice;
    }
}
