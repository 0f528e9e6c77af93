package id.selaras.web.plan;

import com.vaadin.flow.component.html.Abbr;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One plan in the plan list: title, kind, region, period and which versions it has. */
class PlanCard extends Article {

    PlanCard(PlanSummary plan) {
        addClassName("plan-card");
        Abbr kind = new Abbr(PlanLabels.kindShort(plan.kind()));
        kind.setTitle(PlanLabels.kindLong(plan.kind()));
        kind.addClassName("plan-kind");
        Paragraph meta = new Paragraph(kind, new Span(where(plan)), new Span(period(plan)));
        meta.addClassName("plan-meta");
        add(new H2(plan.title()), meta, versions(plan));
    }

    private static String where(PlanSummary plan) {
        return plan.region() == null ? "Nasional" : plan.region().name();
    }

    private static String period(PlanSummary plan) {
        return "Periode " + plan.periodStart() + "–" + plan.periodEnd();
    }

    private static DescriptionList versions(PlanSummary plan) {
        DescriptionList list = new DescriptionList();
        list.addClassName("plan-versions");
        addVersion(list, "Versi berlaku", plan.adoptedVersion(), "Belum ada versi yang ditetapkan");
        if (plan.currentDraft() != null) {
            addVersion(list, "Versi dalam penyusunan", plan.currentDraft(), null);
        }
        return list;
    }

    private static void addVersion(DescriptionList list, String term, PlanSummary.Version version, String absent) {
        String text = version == null ? absent
                : "Versi " + version.number() + " · " + PlanLabels.status(version.status());
        Span status = new Span(text);
        status.addClassName(version == null ? "status-none" : "status-" + version.status().toLowerCase());
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(status));
    }
}
