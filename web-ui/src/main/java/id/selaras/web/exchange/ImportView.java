package id.selaras.web.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import id.selaras.web.BackendException;
import id.selaras.web.Navigation;
import id.selaras.web.api.ApiException;
import id.selaras.web.ui.ErrorState;
import id.selaras.web.ui.Field;
import id.selaras.web.ui.Forms;
import jakarta.annotation.security.RolesAllowed;

/**
 * Import and export for planners (Bappeda): download the template, bring a workbook in — checked first (every problem
 * with its sheet, row and column; every change), applied only when clean, all or nothing — and export a plan in the
 * formats the regulations use. The backend does the work; this page chooses, uploads and shows.
 */
@Route(Navigation.IMPORT)
@RolesAllowed({"BAPPEDA_PLANNER", "ADMIN"})
public class ImportView extends Main implements HasDynamicTitle {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final String NEW_PLAN = "new";
    static final List<String> EXPORT_FORMATS = List.of("WORKBOOK", "IKU_TABLE", "TC27_TABLE", "CSV", "JSON", "SUMMARY_HTML");

    private final ExchangeClient exchange;
    private final Div content = new Div();
    private final Div problems = new Div();
    private final Div result = new Div();
    private final Div exports = new Div();
    private final Select<String> target = new Select<>();
    private final Select<String> region = new Select<>();
    private final Select<String> shape = new Select<>();
    private final TextField nodeCode = new TextField();
    private final Checkbox deleteMissing = new Checkbox();
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private ExchangeClient.Targets targets;
    private String uploadToken;
    private String fileName;
    private ExchangeClient.DryRun lastDryRun;

    ImportView(ExchangeClient exchange) {
        this.exchange = exchange;
        addClassName("import-view");
        Paragraph lead = new Paragraph(getTranslation("exchange.lead"));
        lead.addClassName("lead");
        add(new H1(getTranslation("exchange.title")), lead, content);
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.title") + " · Selaras";
    }

    private void load() {
        content.removeAll();
        try {
            targets = exchange.targets();
        } catch (ApiException | BackendException e) {
            content.add(new ErrorState(e, this::load));
            return;
        }
        content.add(importSection(), exportSection(), templateSection());
    }

    // ---- import -------------------------------------------------------------------------------------------------

    private Section importSection() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ExchangeClient.Plan plan : targets.plans()) {
            if (plan.currentDraft() != null && !"ADOPTED".equals(plan.currentDraft().status())) {
                labels.put(plan.currentDraft().id(), getTranslation("exchange.target.draft", plan.title(),
                        plan.currentDraft().number(), getTranslation("exchange.status." + plan.currentDraft().status())));
            }
        }
        labels.put(NEW_PLAN, getTranslation("exchange.target.new"));
        target.setItems(labels.keySet());
        target.setItemLabelGenerator(labels::get);
        target.setValue(labels.keySet().iterator().next());
        target.setWidthFull();

        Map<String, String> regions = new LinkedHashMap<>();
        targets.regions().forEach(r -> regions.put(r.id(), r.code() + " " + r.name()));
        region.setItems(regions.keySet());
        region.setItemLabelGenerator(id -> regions.getOrDefault(id, ""));
        region.setWidthFull();
        Field regionField = new Field("import-region", getTranslation("exchange.region"), region);
        regionField.setVisible(NEW_PLAN.equals(target.getValue()));
        target.addValueChangeListener(e -> {
            regionField.setVisible(NEW_PLAN.equals(e.getValue()));
            resetReport();
        });

        shape.setItems("TEMPLATE", "TABLE");
        shape.setItemLabelGenerator(s -> getTranslation("exchange.shape." + s));
        shape.setValue("TEMPLATE");
        Field nodeField = new Field("import-node", getTranslation("exchange.node"), nodeCode)
                .hint(getTranslation("exchange.node.hint"));
        nodeField.setVisible(false);
        deleteMissing.setLabel(getTranslation("exchange.delete-missing"));
        shape.addValueChangeListener(e -> {
            boolean table = "TABLE".equals(e.getValue());
            nodeField.setVisible(table);
            deleteMissing.setVisible(!table);
            resetReport();
        });

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                received(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Forms.problem(problems, List.of(getTranslation("exchange.error.file"))));
        upload.setId("import-file");

        fields.put("target", new Field("import-target", getTranslation("exchange.target"), target));
        fields.put("regionId", regionField);
        fields.put("shape", new Field("import-shape", getTranslation("exchange.shape"), shape));
        fields.put("defaultNodeCode", nodeField);
        fields.put("file", new Field("import-file-field", getTranslation("exchange.file"), upload)
                .hint(getTranslation("exchange.file.hint", MAX_BYTES / 1024 / 1024)));

        problems.setVisible(false);
        Div form = new Div(fields.get("target"), regionField, fields.get("shape"), nodeField, deleteMissing,
                fields.get("file"), problems);
        form.addClassName("form");
        result.addClassName("import-result");
        result.getElement().setAttribute("aria-live", "polite");
        return section("import", getTranslation("exchange.import"), form, result);
    }

    private void received(String name, byte[] bytes) {
        fileName = name;
        uploadToken = null;
        Forms.clear(problems, fields);
        try {
            uploadToken = exchange.upload(name, bytes);
        } catch (ApiException e) {
            Forms.show(e, problems, fields);
            return;
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
            return;
        }
        dryRun(null);
    }

    private ImportRequest request(ExchangeClient.Mapping mapping) {
        boolean isNew = NEW_PLAN.equals(target.getValue());
        return new ImportRequest(isNew ? null : target.getValue(), isNew ? region.getValue() : null, "RPJMD",
                "TABLE".equals(shape.getValue()), nodeCode.getValue(), deleteMissing.getValue(), mapping);
    }

    void dryRun(ExchangeClient.Mapping mapping) {
        ImportRequest request = request(mapping);
        Forms.clear(problems, fields);
        List<ImportRequest.Missing> missing = request.missing();
        if (!missing.isEmpty()) {
            missing.forEach(m -> Optional.ofNullable(fields.get(m.field())).orElse(fields.get("target"))
                    .error(getTranslation(m.messageKey())));
            return;
        }
        if (uploadToken == null) {
            fields.get("file").error(getTranslation("exchange.error.no-file"));
            return;
        }
        try {
            lastDryRun = exchange.dryRun(request.toInput(uploadToken));
            showReport(lastDryRun.report(), true);
        } catch (ApiException e) {
            Forms.show(e, problems, fields);
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
        }
    }

    private void showReport(ExchangeClient.Report report, boolean beforeApply) {
        result.removeAll();
        result.add(new H2(getTranslation(beforeApply ? "exchange.report.check" : "exchange.report.applied", fileName)));
        result.add(new ReportPanel(report));
        if (report.mapping() != null && "TABLE".equals(shape.getValue()) && beforeApply) {
            result.add(new MappingEditor(report.mapping(), this::dryRun));
        }
        if (beforeApply) {
            NativeButton apply = new NativeButton(getTranslation("exchange.apply"), click -> confirmApply());
            apply.addClassName("button");
            apply.setEnabled(report.ok());
            if (!report.ok()) {
                apply.getElement().setAttribute("aria-describedby", "import-not-ok");
                Paragraph why = new Paragraph(getTranslation("exchange.apply.blocked", report.problemCount()));
                why.setId("import-not-ok");
                result.add(why);
            }
            result.add(apply);
        }
    }

    private void confirmApply() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("exchange.apply.confirm.title"));
        dialog.add(new Paragraph(getTranslation("exchange.apply.confirm", changeCount(lastDryRun.report()))));
        NativeButton cancel = new NativeButton(getTranslation("action.cancel"), click -> dialog.close());
        cancel.addClassNames("button", "button-secondary");
        NativeButton apply = new NativeButton(getTranslation("exchange.apply"), click -> {
            dialog.close();
            apply();
        });
        apply.addClassName("button");
        dialog.getFooter().add(cancel, apply);
        dialog.open();
    }

    private void apply() {
        try {
            ExchangeClient.Applied applied = exchange.apply(lastDryRun.dryRunId());
            showReport(applied.report(), false);
            if (applied.planVersion() != null) {
                Anchor open = new Anchor(Navigation.PLANS + "/" + applied.planVersion().id(),
                        getTranslation("exchange.applied.open", applied.planVersion().number()));
                open.addClassName("button");
                Div done = new Div(new Paragraph(getTranslation("exchange.applied")), open);
                done.addClassName("form-notice");
                done.getElement().setAttribute("role", "status");
                result.addComponentAsFirst(done);
                uploadToken = null;
            }
        } catch (ApiException e) {
            Forms.show(e, problems, fields);
        } catch (BackendException e) {
            Forms.problem(problems, List.of(getTranslation("error.unreachable")));
        }
    }

    private void resetReport() {
        result.removeAll();
        lastDryRun = null;
    }

    static int changeCount(ExchangeClient.Report report) {
        return report.counts().stream().filter(c -> !"KEEP_MISSING".equals(c.action()))
                .mapToInt(ExchangeClient.Count::count).sum();
    }

    // ---- export and template ------------------------------------------------------------------------------------

    private Section exportSection() {
        Select<String> version = new Select<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ExchangeClient.Plan plan : targets.plans()) {
            for (ExchangeClient.Version v : new ExchangeClient.Version[] {plan.adoptedVersion(), plan.currentDraft()}) {
                if (v != null) {
                    labels.put(v.id(), getTranslation("exchange.target.draft", plan.title(), v.number(),
                            getTranslation("exchange.status." + v.status())));
                }
            }
        }
        version.setItems(labels.keySet());
        version.setItemLabelGenerator(labels::get);
        version.setWidthFull();
        exports.addClassName("export-links");
        version.addValueChangeListener(e -> showExports(e.getValue()));
        if (!labels.isEmpty()) {
            version.setValue(labels.keySet().iterator().next());
        }
        return section("export", getTranslation("exchange.export"),
                new Paragraph(getTranslation("exchange.export.lead")),
                new Field("export-version", getTranslation("exchange.export.version"), version), exports);
    }

    private void showExports(String versionId) {
        exports.removeAll();
        if (versionId == null) {
            return;
        }
        List<Component> links = new ArrayList<>();
        for (String format : EXPORT_FORMATS) {
            links.add(download(getTranslation("exchange.format." + format), () -> exchange.export(versionId, format)));
        }
        links.forEach(exports::add);
    }

    private Section templateSection() {
        IntegerField start = new IntegerField();
        IntegerField end = new IntegerField();
        int year = java.time.Year.now().getValue();
        start.setValue(year);
        end.setValue(year + 4);
        Div link = new Div();
        Runnable refresh = () -> {
            link.removeAll();
            Integer s = start.getValue();
            Integer e = end.getValue();
            if (s != null && e != null && e >= s) {
                link.add(download(getTranslation("exchange.template.download", s, e), () -> exchange.template("RPJMD", s, e)));
            }
        };
        start.addValueChangeListener(e -> refresh.run());
        end.addValueChangeListener(e -> refresh.run());
        refresh.run();
        Div period = new Div(new Field("template-start", getTranslation("exchange.template.start"), start),
                new Field("template-end", getTranslation("exchange.template.end"), end));
        period.addClassName("form-row");
        return section("template", getTranslation("exchange.template"),
                new Paragraph(getTranslation("exchange.template.lead")), period, link);
    }

    /** A link whose file is fetched from the API only when clicked (signed links expire in minutes). */
    private Anchor download(String text, java.util.function.Supplier<ExchangeClient.Download> link) {
        DownloadHandler handler = event -> {
            ExchangeClient.Download download = link.get();
            event.setFileName(download.fileName());
            event.setContentType(download.contentType());
            exchange.copy(download, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.addClassNames("button", "button-secondary", "download-link");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static Section section(String id, String title, Component... children) {
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.add(children);
        section.addClassName("page-section");
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }
}
