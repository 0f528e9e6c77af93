package id.selaras.web.plan;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.selaras.web.comment.Links;

/**
 * The cascade as nested lists: each node its kind, code, title, responsible OPDs and indicators (linking to their
 * pages), its children in a {@code <details>} — folded on phones for a drill-down, all open on wide screens.
 */
class CascadeList extends UnorderedList {

    CascadeList(List<CascadeTree.Branch> roots) {
        addClassName("cascade");
        roots.forEach(b -> add(item(b, 0)));
    }

    private ListItem item(CascadeTree.Branch branch, int depth) {
        ExplorerData.Node n = branch.node();
        Span kind = new Span(getTranslation("explorer.kind." + n.kind()));
        kind.addClassName("cascade-kind");
        Span title = new Span(n.title());
        title.addClassName("cascade-title");
        Span heading = new Span(kind);
        if (n.code() != null && !n.code().isBlank()) {
            Span code = new Span(n.code());
            code.addClassName("cascade-code");
            heading.add(new Span(" "), code);
        }
        heading.add(new Span(" "), title);
        heading.addClassName("cascade-heading");

        Div body = new Div();
        body.addClassName("cascade-body");
        if (n.responsibleOpds() != null && !n.responsibleOpds().isEmpty()) {
            Paragraph opds = new Paragraph(getTranslation("explorer.opds", String.join(", ", n.responsibleOpds().stream()
                    .map(o -> o.shortName() != null && !o.shortName().isBlank() ? o.shortName() : o.name()).toList())));
            opds.addClassName("muted");
            body.add(opds);
        }
        if (!n.indicatorList().isEmpty()) {
            UnorderedList indicators = new UnorderedList();
            indicators.addClassName("cascade-indicators");
            indicators.getElement().setAttribute("aria-label", getTranslation("explorer.indicators-of", n.title()));
            for (ExplorerData.IndicatorRef i : n.indicatorList()) {
                Anchor link = new Anchor(Links.indicator(i.id()), (i.code() == null ? "" : i.code() + " · ") + i.name());
                indicators.add(new ListItem(link));
            }
            body.add(indicators);
        }
        ListItem item = new ListItem();
        item.addClassName("cascade-node");
        item.addClassName("kind-" + n.kind().toLowerCase(java.util.Locale.ROOT));
        item.getElement().setAttribute("data-node-id", n.id());
        if (branch.children().isEmpty()) {
            item.add(heading, body);
            return item;
        }
        UnorderedList children = new UnorderedList();
        branch.children().forEach(c -> children.add(item(c, depth + 1)));
        Span count = new Span(" (" + getTranslation("explorer.children", branch.children().size()) + ")");
        count.addClassName("muted");
        heading.add(count);
        NativeDetails details = new NativeDetails(heading, new Div(body, children));
        // Visi and misi open at first: a phone shows the top of the tree, and the person drills down.
        details.setOpen(depth < 1);
        item.add(details);
        return item;
    }
}
