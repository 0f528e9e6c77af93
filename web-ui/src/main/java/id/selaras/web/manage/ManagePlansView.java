package id.selaras.web.manage;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.selaras.web.BackendException;
import id.selaras.web.MainLayout;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.opd.OpdClient;
import id.selaras.web.opd.Officer;
import id.selaras.web.ui.ErrorState;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Kelola rencana" for Bappeda planners: the region's plans and their versions; the draft's cascade (add, edit, move,
 * cross-cutting support links); the version's status (open for consultation, back to draft) and its consultations
 * (open, close); adoption with what changed since the adopted version, confirmed before it is done.
 */
@Route(value = Navigation.MANAGE_PLANS, layout = MainLayout.class)
@RolesAllowed({"BAPPEDA_PLANNER"})
@StyleSheet("styles/opd.css")
public class ManagePlansView extends Main implements HasDynamicTitle {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final List<String> CONSULTATION_KINDS = List.of("KONSULTASI_PUBLIK", "FORUM_PERANGKAT_DAERAH",
            "MUSRENBANG_KELURAHAN", "MUSRENBANG_KECAMATAN", "MUSRENBANG_KOTA");

    private final ManageClient client;
    private final OpdClient regions;
    private final Officer officer;
    private final Div content = new Div();
    private final Div list = new Div();
    private final Div workspace = new Div();
    private final Div status = new Div();
    private OpdClient.Region region;

    ManagePlansView(ManageClient client, OpdClient regions, Officer officer) {
        this.client = client;
        this.regions = regions;
        this.officer = officer;
        addClassName("opd-view");
        addClassName("manage-view");
        Paragraph lead = new Paragraph(getTranslation("manage.lead"));
        lead.addClassName("lead");
        status.addClassName("form-notice");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        list.addClassName("plan-manage-list");
        workspace.addClassName("manage-workspace");
        workspace.setId("manage-workspace");
        add(new H1(getTranslation("manage.title")), lead, status, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        list.removeAll();
        List<ManageClient.Plan> plans;
        try {
            if (region == null) {
                List<String> codes = officer.regions();
                region = codes.isEmpty() ? null : regions.region(codes.getFirst());
            }
            if (region == null) {
                content.add(empty(getTranslation("manage.no-region")));
                return;
            }
            plans = client.plans(region.id());
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        content.add(list, workspace);
        if (plans.isEmpty()) {
            list.add(empty(getTranslation("manage.no-plans")));
        }
        int n = 0;
        for (ManageClient.Plan plan : plans) {
            list.add(planCard(plan, "plan-" + (++n)));
        }
    }

    private Div empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassName("empty-state");
        return empty;
    }

    void announce(String text) {
        status.removeAll();
        status.add(new Paragraph(text));
        status.setVisible(true);
    }

    // ---- plans and versions -----------------------------------------------------------------------------------

    private Section planCard(ManageClient.Plan plan, String prefix) {
        Section card = new Section();
        card.addClassName("manage-card");
        card.getElement().setAttribute("data-plan-id", plan.id());
        H2 title = new H2(plan.title());
        title.setId(prefix + "-title");
        card.getElement().setAttribute("aria-labelledby", prefix + "-title");
        Paragraph meta = new Paragraph(plan.kind() + " · " + plan.periodStart() + "–" + plan.periodEnd());
        meta.addClassName("card-meta");
        card.add(title, meta, versions(plan));
        Div actions = new Div();
        actions.addClassName("form-actions");
        ManageClient.Version draft = plan.currentDraft();
        if (draft != null && ("DRAFT".equals(draft.status()) || "IN_CONSULTATION".equals(draft.status()))) {
            actions.add(button(getTranslation("manage.cascade"), prefix + "-cascade", true, () -> showCascade(plan)));
            if ("DRAFT".equals(draft.status())) {
                actions.add(button(getTranslation("manage.open-consultation"), prefix + "-open", true,
                        () -> changeStatus("OpenForConsultation", draft, "manage.opened")));
            } else {
                actions.add(button(getTranslation("manage.return-draft"), prefix + "-return", true,
                        () -> changeStatus("ReturnToDraft", draft, "manage.returned")));
                actions.add(button(getTranslation("manage.consultations"), prefix + "-consultations", true,
                        () -> showConsultations(plan)));
            }
            actions.add(button(getTranslation("manage.adopt"), prefix + "-adopt", false, () -> adopt(plan)));
        } else if (plan.adoptedVersion() != null) {
            actions.add(button(getTranslation("manage.revise"), prefix + "-revise", false, () -> revise(plan)));
        }
        card.add(actions);
        return card;
    }

    private NativeButton button(String text, String id, boolean secondary, Runnable action) {
        NativeButton b = new NativeButton(text, e -> action.run());
        b.addClassName("button");
        if (secondary) {
            b.addClassName("button-secondary");
        }
        b.setId(id);
        return b;
    }

    private Div versions(ManageClient.Plan plan) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.setAttribute("tabindex", "0"); // scrolls on phones: reachable by keyboard
        table.appendChild(new Element("caption").setText(getTranslation("manage.versions")));
        Element head = new Element("tr");
        for (String key : List.of("manage.version.number", "manage.version.status", "manage.version.created",
                "manage.version.adopted")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        Element body = new Element("tbody");
        for (ManageClient.Version v : plan.allVersions()) {
            body.appendChild(new Element("tr").appendChild(
                    new Element("th").setAttribute("scope", "row").setText(String.valueOf(v.number())),
                    new Element("td").setText(getTranslation("opd.status." + v.status())),
                    new Element("td").setText(date(v.createdAt(), getLocale())),
                    new Element("td").setText(date(v.adoptedAt(), getLocale()))));
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0"); // a scrolling region must be reachable by keyboard
        scroll.getElement().appendChild(table);
        // notes are long sentences: below the table, not in a column
        for (ManageClient.Version v : plan.allVersions()) {
            if (v.note() != null && !v.note().isBlank()) {
                Paragraph note = new Paragraph(getTranslation("manage.version.note.of", v.number(), v.note()));
                note.addClassName("card-meta");
                scroll.add(note);
            }
        }
        return scroll;
    }

    static String date(String iso, Locale locale) {
        if (iso == null) {
            return "–";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(WIB).format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private void changeStatus(String operation, ManageClient.Version v, String doneKey) {
        try {
            client.mutate(operation, Map.of("id", v.id(), "version", v.version()));
            workspace.removeAll();
            load();
            announce(getTranslation(doneKey, v.number()));
        } catch (ApiException | BackendException e) {
            announce(e.getLocalizedMessage());
        }
    }

    private void revise(ManageClient.Plan plan) {
        TextField note = new TextField();
        note.setWidthFull();
        note.setAriaLabel(getTranslation("manage.revise.note"));
        Field noteField = new Field("revise-note", getTranslation("manage.revise.note"), note)
                .hint(getTranslation("manage.revise.hint"));
        Div problems = new Div();
        problems.setVisible(false);
        Dialog dialog = dialog(getTranslation("manage.revise.title", plan.title()), noteField, problems);
        dialog.getFooter().add(cancel(dialog), button(getTranslation("manage.revise"), "revise-confirm", false, () -> {
            try {
                client.mutate("Revise", mapOf("planId", plan.id(), "note", blank(note.getValue())));
                dialog.close();
                load();
                announce(getTranslation("manage.revised", plan.title()));
            } catch (ApiException e) {
                Forms.show(e, problems, Map.of("note", noteField));
            } catch (BackendException e) {
                Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            }
        }));
        dialog.open();
    }

    // ---- adoption ---------------------------------------------------------------------------------------------

    private void adopt(ManageClient.Plan plan) {
        ManageClient.Version draft = plan.currentDraft();
        List<VersionDiff.Entry> diff;
        try {
            diff = VersionDiff.of(client.changes(draft.id()));
            List<String> unnamed = diff.stream().filter(d -> d.label() == null || d.label().isBlank())
                    .map(VersionDiff.Entry::entityId).distinct().limit(100).toList();
            diff = VersionDiff.labelled(diff, client.labels(unnamed));
        } catch (ApiException | BackendException e) {
            announce(e.getLocalizedMessage());
            return;
        }
        AdoptPanel panel = new AdoptPanel(plan, diff);
        Dialog dialog = dialog(getTranslation("manage.adopt.title", plan.title(), draft.number()), panel);
        NativeButton confirm = panel.confirmButton();
        confirm.addClickListener(e -> {
            try {
                client.mutate("Adopt", Map.of("id", draft.id(), "version", draft.version()));
                dialog.close();
                workspace.removeAll();
                load();
                announce(getTranslation("manage.adopted", plan.title(), draft.number()));
            } catch (ApiException ex) {
                Forms.show(ex, panel.problems(), Map.of());
            } catch (BackendException ex) {
                Forms.problem(panel.problems(), List.of(getTranslation("error.unreachable")));
            }
        });
        dialog.getFooter().add(cancel(dialog), confirm);
        dialog.open();
    }

    // ---- cascade ----------------------------------------------------------------------------------------------

    private void showCascade(ManageClient.Plan plan) {
        workspace.removeAll();
        ManageClient.Version draft = plan.currentDraft();
        List<ManageClient.Node> nodes;
        try {
            nodes = client.cascade(draft.id());
        } catch (ApiException | BackendException e) {
            workspace.add(new ErrorState(e, () -> showCascade(plan)));
            return;
        }
        CascadeTree tree = new CascadeTree(nodes);
        H2 heading = new H2(getTranslation("manage.cascade.title", plan.title(), draft.number()));
        heading.setId("cascade-heading");
        Section section = new Section(heading);
        section.addClassName("page-section");
        section.getElement().setAttribute("aria-labelledby", "cascade-heading");
        section.add(new Paragraph(getTranslation("manage.cascade.count", nodes.size())));
        if (tree.roots().isEmpty()) {
            section.add(button(getTranslation("manage.node.add-top", getTranslation("opd.kind." + tree.topKind())),
                    "cascade-add-top", true, () -> nodeDialog(plan, null, tree.topKind(), null)));
        }
        UnorderedList root = new UnorderedList();
        root.addClassName("cascade-tree");
        root.getElement().setAttribute("aria-label", getTranslation("manage.cascade"));
        tree.roots().forEach(n -> root.add(item(plan, tree, n)));
        section.add(root);
        workspace.add(section);
    }

    private ListItem item(ManageClient.Plan plan, CascadeTree tree, ManageClient.Node node) {
        Span kind = new Span(getTranslation("opd.kind." + node.kind()));
        kind.addClassName("node-kind");
        Span label = new Span(node.label());
        label.addClassName("node-label");
        Div row = new Div(kind, label);
        row.addClassName("cascade-node");
        row.getElement().setAttribute("data-node-id", node.id());
        if (node.responsibleOpds() != null && !node.responsibleOpds().isEmpty()) {
            Span opds = new Span(String.join(", ", node.responsibleOpds().stream()
                    .map(o -> o.shortName() != null ? o.shortName() : o.name()).toList()));
            opds.addClassName("node-kind");
            row.add(opds);
        }
        if (node.supports() != null && !node.supports().isEmpty()) {
            Span supports = new Span(getTranslation("manage.node.supports", String.join("; ",
                    node.supports().stream().map(s -> s.code() != null ? s.code() + " " + s.title() : s.title()).toList())));
            supports.addClassName("node-kind");
            row.add(supports);
        }
        String child = CascadeTree.childKind(node.kind());
        if (child != null) {
            row.add(small(getTranslation("manage.node.add", getTranslation("opd.kind." + child)),
                    getTranslation("manage.node.add.label", getTranslation("opd.kind." + child), node.label()),
                    () -> nodeDialog(plan, null, child, node)));
        }
        row.add(small(getTranslation("opd.edit"), getTranslation("manage.node.edit.label", node.label()),
                () -> nodeDialog(plan, node, node.kind(), null)));
        if (CascadeTree.parentKind(node.kind()) != null) {
            row.add(small(getTranslation("manage.node.move"), getTranslation("manage.node.move.label", node.label()),
                    () -> moveDialog(plan, tree, node)));
            row.add(small(getTranslation("manage.node.link"), getTranslation("manage.node.link.label", node.label()),
                    () -> linkDialog(plan, tree, node)));
        }
        ListItem item = new ListItem(row);
        List<ManageClient.Node> children = tree.children(node);
        if (!children.isEmpty()) {
            UnorderedList sub = new UnorderedList();
            children.forEach(c -> sub.add(item(plan, tree, c)));
            // the upper levels open, the rest folded: a whole RPJMD is hundreds of nodes on a phone
            NativeDetails details = new NativeDetails(getTranslation("manage.node.children", children.size(),
                    getTranslation("opd.kind." + children.getFirst().kind())), sub);
            details.setOpen(CascadeTree.KINDS.indexOf(node.kind()) < 2);
            details.addClassName("node-children");
            item.add(details);
        }
        return item;
    }

    private NativeButton small(String text, String ariaLabel, Runnable action) {
        NativeButton b = new NativeButton(text, e -> action.run());
        b.addClassNames("button", "button-secondary");
        b.getElement().setAttribute("aria-label", ariaLabel);
        return b;
    }

    /** Adds ({@code node} null) or edits a node. */
    private void nodeDialog(ManageClient.Plan plan, ManageClient.Node node, String kind, ManageClient.Node parent) {
        TextField code = new TextField();
        TextField title = new TextField();
        TextArea description = new TextArea();
        for (var c : List.of(code, title)) {
            c.setWidthFull();
        }
        description.setWidthFull();
        code.setAriaLabel(getTranslation("manage.node.code"));
        title.setAriaLabel(getTranslation("manage.node.title"));
        description.setAriaLabel(getTranslation("manage.node.description"));
        if (node != null) {
            code.setValue(node.code() == null ? "" : node.code());
            title.setValue(node.title());
            description.setValue(node.description() == null ? "" : node.description());
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("code", new Field("node-code", getTranslation("manage.node.code"), code));
        fields.put("title", new Field("node-title", getTranslation("manage.node.title"), title));
        fields.put("description", new Field("node-description", getTranslation("manage.node.description"), description));
        Div problems = new Div();
        problems.setVisible(false);
        String heading = node == null
                ? getTranslation("manage.node.add.title", getTranslation("opd.kind." + kind))
                : getTranslation("manage.node.edit.label", node.label());
        Dialog dialog = dialog(heading, fields.get("code"), fields.get("title"), fields.get("description"), problems);
        dialog.getFooter().add(cancel(dialog), button(getTranslation("action.save"), "node-save", false, () -> {
            Forms.clear(problems, fields);
            if (title.getValue().isBlank()) {
                fields.get("title").error(getTranslation("opd.error.required"));
                return;
            }
            Map<String, Object> input = new LinkedHashMap<>();
            String op;
            if (node == null) {
                op = "CreateNode";
                input.put("planVersionId", plan.currentDraft().id());
                input.put("parentId", parent == null ? null : parent.id());
                input.put("kind", kind);
            } else {
                op = "UpdateNode";
                input.put("id", node.id());
                input.put("version", node.version());
                input.put("responsibleOpdIds", node.responsibleOpds() == null ? List.of()
                        : node.responsibleOpds().stream().map(ManageClient.Opd::id).toList());
            }
            input.put("code", blank(code.getValue()));
            input.put("title", title.getValue().strip());
            input.put("description", blank(description.getValue()));
            run(dialog, problems, fields, op, input, plan, getTranslation("manage.node.saved", title.getValue().strip()));
        }));
        dialog.open();
    }

    private void moveDialog(ManageClient.Plan plan, CascadeTree tree, ManageClient.Node node) {
        Select<ManageClient.Node> parent = new Select<>();
        parent.setItems(tree.parentsFor(node));
        parent.setItemLabelGenerator(ManageClient.Node::label);
        parent.setAriaLabel(getTranslation("manage.node.parent"));
        parent.setWidthFull();
        tree.parentsFor(node).stream().filter(p -> node.parent() != null && p.id().equals(node.parent().id())).findFirst()
                .ifPresent(parent::setValue);
        IntegerField position = new IntegerField();
        position.setMin(1);
        position.setValue(node.position());
        position.setAriaLabel(getTranslation("manage.node.position"));
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("parentId", new Field("move-parent", getTranslation("manage.node.parent"), parent));
        fields.put("position", new Field("move-position", getTranslation("manage.node.position"), position)
                .hint(getTranslation("manage.node.position.hint")));
        Div problems = new Div();
        problems.setVisible(false);
        Dialog dialog = dialog(getTranslation("manage.node.move.label", node.label()), fields.get("parentId"),
                fields.get("position"), problems);
        dialog.getFooter().add(cancel(dialog), button(getTranslation("manage.node.move"), "move-save", false, () -> {
            Forms.clear(problems, fields);
            if (parent.getValue() == null) {
                fields.get("parentId").error(getTranslation("opd.error.required"));
                return;
            }
            run(dialog, problems, fields, "MoveNode", mapOf("id", node.id(), "version", node.version(),
                    "parentId", parent.getValue().id(), "position", position.getValue()), plan,
                    getTranslation("manage.node.moved", node.label()));
        }));
        dialog.open();
    }

    private void linkDialog(ManageClient.Plan plan, CascadeTree tree, ManageClient.Node node) {
        Select<ManageClient.Node> target = new Select<>();
        target.setItems(tree.supportable(node));
        target.setItemLabelGenerator(ManageClient.Node::label);
        target.setAriaLabel(getTranslation("manage.node.link.target"));
        target.setWidthFull();
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("supportsId", new Field("link-target", getTranslation("manage.node.link.target"), target)
                .hint(getTranslation("manage.node.link.hint")));
        Div problems = new Div();
        problems.setVisible(false);
        Dialog dialog = dialog(getTranslation("manage.node.link.label", node.label()));
        Div existing = new Div();
        if (node.supports() != null) {
            for (ManageClient.NodeRef s : node.supports()) {
                String label = s.code() != null ? s.code() + " " + s.title() : s.title();
                Div row = new Div(new Span(label));
                row.addClassName("cascade-node");
                row.add(small(getTranslation("manage.node.unlink"), getTranslation("manage.node.unlink.label", label),
                        () -> run(dialog, problems, fields, "UnlinkSupport", Map.of("nodeId", node.id(), "supportsId", s.id()),
                                plan, getTranslation("manage.node.unlinked", label))));
                existing.add(row);
            }
        }
        dialog.add(existing, fields.get("supportsId"), problems);
        dialog.getFooter().add(cancel(dialog), button(getTranslation("manage.node.link"), "link-save", false, () -> {
            Forms.clear(problems, fields);
            if (target.getValue() == null) {
                fields.get("supportsId").error(getTranslation("opd.error.required"));
                return;
            }
            run(dialog, problems, fields, "LinkSupport", Map.of("nodeId", node.id(), "supportsId", target.getValue().id()),
                    plan, getTranslation("manage.node.linked", node.label(), target.getValue().label()));
        }));
        dialog.open();
    }

    /** Sends a cascade mutation; on success closes the dialog and redraws the tree, else shows the messages. */
    private void run(Dialog dialog, Div problems, Map<String, Field> fields, String operation, Map<String, Object> input,
                     ManageClient.Plan plan, String done) {
        try {
            client.mutate(operation, input);
        } catch (ApiException e) {
            Map<String, Field> byPath = new LinkedHashMap<>(fields);
            fields.forEach((k, f) -> byPath.put("input." + k, f));
            Forms.show(e, problems, byPath);
            return;
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            return;
        }
        if (dialog != null) {
            dialog.close();
        }
        showCascade(plan);
        announce(done);
    }

    // ---- consultations ----------------------------------------------------------------------------------------

    private void showConsultations(ManageClient.Plan plan) {
        workspace.removeAll();
        ManageClient.Version draft = plan.currentDraft();
        List<ManageClient.Consultation> consultations;
        try {
            consultations = client.consultations(draft.id());
        } catch (ApiException | BackendException e) {
            workspace.add(new ErrorState(e, () -> showConsultations(plan)));
            return;
        }
        H2 heading = new H2(getTranslation("manage.consultations.title", plan.title(), draft.number()));
        heading.setId("consultations-heading");
        Section section = new Section(heading);
        section.addClassName("page-section");
        section.getElement().setAttribute("aria-labelledby", "consultations-heading");
        if (consultations.isEmpty()) {
            section.add(new Paragraph(getTranslation("manage.consultations.none")));
        }
        for (ManageClient.Consultation c : consultations) {
            Div row = new Div(new Span(c.title() + " · " + getTranslation("manage.consultation.kind." + c.kind()) + " · "
                    + getTranslation("manage.consultation.state." + c.state()) + " · " + date(c.opensAt(), getLocale())
                    + "–" + date(c.closesAt(), getLocale())));
            row.addClassName("cascade-node");
            row.getElement().setAttribute("data-consultation-id", c.id());
            if (!"CLOSED".equals(c.state())) {
                row.add(small(getTranslation("manage.consultation.close"),
                        getTranslation("manage.consultation.close.label", c.title()), () -> {
                            try {
                                client.mutate("CloseConsultation", Map.of("id", c.id(), "version", c.version()));
                                showConsultations(plan);
                                announce(getTranslation("manage.consultation.closed", c.title()));
                            } catch (ApiException | BackendException e) {
                                announce(e.getLocalizedMessage());
                            }
                        }));
            }
            section.add(row);
        }
        section.add(new H3(getTranslation("manage.consultation.new")), consultationForm(plan));
        workspace.add(section);
    }

    private Div consultationForm(ManageClient.Plan plan) {
        Select<String> kind = new Select<>();
        kind.setItems(CONSULTATION_KINDS);
        kind.setValue(CONSULTATION_KINDS.getFirst());
        kind.setItemLabelGenerator(k -> getTranslation("manage.consultation.kind." + k));
        kind.setAriaLabel(getTranslation("manage.consultation.kind"));
        kind.setWidthFull();
        TextField title = new TextField();
        title.setWidthFull();
        title.setAriaLabel(getTranslation("manage.consultation.title-field"));
        DateTimePicker opens = new DateTimePicker();
        DateTimePicker closes = new DateTimePicker();
        LocalDateTime now = LocalDateTime.now(WIB).withSecond(0).withNano(0);
        opens.setValue(now);
        closes.setValue(now.plusDays(14));
        opens.setLocale(getLocale());
        closes.setLocale(getLocale());
        opens.setAriaLabel(getTranslation("manage.consultation.opens"));
        closes.setAriaLabel(getTranslation("manage.consultation.closes"));
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("kind", new Field("consultation-kind", getTranslation("manage.consultation.kind"), kind));
        fields.put("title", new Field("consultation-title", getTranslation("manage.consultation.title-field"), title));
        fields.put("opensAt", new Field("consultation-opens", getTranslation("manage.consultation.opens"), opens));
        fields.put("closesAt", new Field("consultation-closes", getTranslation("manage.consultation.closes"), closes)
                .hint(getTranslation("manage.consultation.time-hint")));
        Div problems = new Div();
        problems.setVisible(false);
        Div row = new Div(fields.get("opensAt"), fields.get("closesAt"));
        row.addClassName("form-row");
        NativeButton open = button(getTranslation("manage.consultation.open"), "consultation-open", false, () -> {
            Forms.clear(problems, fields);
            boolean ok = true;
            if (title.getValue().isBlank()) {
                fields.get("title").error(getTranslation("opd.error.required"));
                ok = false;
            }
            if (opens.getValue() == null || closes.getValue() == null || !closes.getValue().isAfter(opens.getValue())) {
                fields.get("closesAt").error(getTranslation("manage.consultation.error.times"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            Map<String, Object> input = mapOf("planVersionId", plan.currentDraft().id(), "kind", kind.getValue(),
                    "title", title.getValue().strip(), "opensAt", iso(opens.getValue()), "closesAt", iso(closes.getValue()));
            try {
                client.mutate("OpenConsultation", input);
            } catch (ApiException e) {
                Map<String, Field> byPath = new LinkedHashMap<>(fields);
                fields.forEach((k, f) -> byPath.put("input." + k, f));
                Forms.show(e, problems, byPath);
                return;
            } catch (BackendException e) {
                Forms.problem(problems, List.of(getTranslation("error.unreachable")));
                return;
            }
            showConsultations(plan);
            announce(getTranslation("manage.consultation.opened", title.getValue().strip()));
        });
        Div actions = new Div(open);
        actions.addClassName("form-actions");
        Div form = new Div(fields.get("kind"), fields.get("title"), row, problems, actions);
        form.addClassName("form");
        return form;
    }

    static String iso(LocalDateTime local) {
        return local.atZone(WIB).toOffsetDateTime().toString();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Dialog dialog(String title, Component... children) {
        Dialog dialog = new Dialog();
        dialog.addClassName("manage-dialog");
        dialog.setHeaderTitle(title);
        dialog.getElement().setAttribute("aria-label", title);
        dialog.add(children);
        dialog.setMaxWidth("40rem");
        dialog.setWidth("100%");
        return dialog;
    }

    private NativeButton cancel(Dialog dialog) {
        NativeButton cancel = new NativeButton(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addClassNames("button", "button-secondary");
        return cancel;
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A map that keeps nulls (GraphQL: an explicit null). */
    static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put((String) kv[i], kv[i + 1]);
        }
        return map;
    }
}
