package id.selaras.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import id.selaras.IntegrationTest;
import id.selaras.aspiration.Aspiration;
import id.selaras.comment.Comment;
import id.selaras.comment.CommentService;
import id.selaras.consultation.Consultation;
import id.selaras.consultation.ConsultationService;
import id.selaras.consultation.Meeting;
import id.selaras.consultation.StakeholderCategory;
import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Realisation;
import id.selaras.indicator.RealisationService;
import id.selaras.indicator.Period;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.testing.Api;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static id.selaras.testing.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every cell of {@code authorization/matrix.csv} against the real API: an ALLOW must succeed, a DENY must fail
 * with UNAUTHORIZED or FORBIDDEN (or, for reads, find nothing) and change nothing. A mutation missing from the
 * matrix fails the test too.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
    @Autowired IndicatorService indicators;
    @Autowired RealisationService realisations;
    @Autowired DatabaseClient db;
    @Autowired ConsultationService consultations;
    @Autowired CommentService comments;
    @Autowired id.selaras.exchange.UploadService uploads;
    @Autowired org.springframework.graphql.execution.GraphQlSource graphQlSource;
    @LocalServerPort int port;

    /** Everything a cell may act on, fresh for each cell. */
    record Scene(Fixtures.World w, Fixtures.Chain c, CascadeNode sasaran2, Indicator indicator, PlanVersion version,
                 Realisation realisation, Indicator reference, Consultation consultation, Meeting meeting, Comment comment,
                 Aspiration aspiration) {
    }

    record Request(String document, Map<String, Object> variables) {
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheMatrix() throws IOException {
        List<String[]> rows = read();
        String[] callers = rows.getFirst();
        Map<String, Function<Scene, Request>> scenarios = scenarios();
        List<String> mutations = graphQlSource.schema().getMutationType().getFieldDefinitions().stream()
                .map(f -> f.getName()).toList();
        List<String> covered = rows.stream().skip(1).map(r -> r[0].split(":")[0]).toList();
        assertThat(covered).as("every mutation is in the matrix").containsAll(mutations);
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(scenarios).as("scenario for " + row[0]).containsKey(row[0]);
            for (int col = 1; col < callers.length; col++) {
                String caller = callers[col];
                boolean allow = "ALLOW".equals(row[col]);
                String op = row[0];
                tests.add(DynamicTest.dynamicTest(op + " by " + caller + " → " + row[col],
                        () -> runCell(op, caller, allow, scenarios.get(op))));
            }
        }
        return tests.stream();
    }

    private void runCell(String op, String caller, boolean allow, Function<Scene, Request> scenario) {
        Scene scene = scene(op);
        Request request = scenario.apply(scene);
        String region = scene.w().region().code();
        var tester = switch (caller) {
            case "anonymous" -> new Api(port).anonymous();
            case "citizen" -> new Api(port).as(TestTokens.citizen("warga-" + region));
            case "officer_own" -> new Api(port).as(TestTokens.officer("own-" + region, region, scene.w().opdA().code()));
            case "officer_other" -> new Api(port).as(TestTokens.officer("other-" + region, region, scene.w().opdB().code()));
            case "planner" -> new Api(port).as(TestTokens.planner("planner-" + region, region));
            case "planner_other" -> new Api(port).as(TestTokens.planner("planner-elsewhere", "99.98"));
            case "moderator" -> new Api(port).as(TestTokens.moderator("mod-" + region, region));
            case "admin" -> new Api(port).as(TestTokens.admin("admin"));
            case "client_read" -> new Api(port).as(TestTokens.thirdParty("app-r-" + region, List.of("BAPPEDA_PLANNER"),
                    List.of(region), "read"));
            case "client_write" -> new Api(port).as(TestTokens.thirdParty("app-w-" + region, List.of("BAPPEDA_PLANNER"),
                    List.of(region), "read write:plan"));
            default -> throw new IllegalArgumentException(caller);
        };
        String before = DatabaseSnapshot.take(db);
        GraphQlTester.Response response = tester.document(request.document()).variables(request.variables()).execute();
        List<ResponseError> errors = new ArrayList<>();
        response.errors().satisfy(errors::addAll);
        if (op.equals("query:draftVersion") || op.equals("query:aspirationOfAnother")) {
            assertThat(errors).isEmpty();
            boolean found = !Objects.isNull(readNode(response));
            assertThat(found).as(op + " by " + caller).isEqualTo(allow);
            return;
        }
        if (allow) {
            assertThat(errors).as(op + " by " + caller + ": " + Errors.describe(errors)).isEmpty();
        } else {
            assertThat(errors).as(op + " by " + caller).isNotEmpty();
            assertThat(errors.getFirst().getErrorType().toString()).as(Errors.describe(errors)).isIn("UNAUTHORIZED", "FORBIDDEN");
            assertThat(DatabaseSnapshot.take(db)).as("nothing written").isEqualTo(before);
        }
    }

    private static Object readNode(GraphQlTester.Response response) {
        try {
            response.path("node.id").hasValue();
            return "present";
        } catch (AssertionError e) {
            return null;
        }
    }

    private Scene scene(String op) {
        Fixtures.World w = fixtures.world();
        Fixtures.Chain c = fixtures.chain(w);
        CascadeNode sasaran2 = fixtures.node(w.draft(), c.tujuan(), CascadeKind.SASARAN, "S1.1.2", "Sasaran kedua");
        Indicator indicator = fixtures.indicator(c.program(), "Cakupan pelayanan kesehatan ibu hamil", Polarity.HIGHER_IS_BETTER,
                Aggregation.LATEST, Fixtures.targets(90, 92, 94, 96, 98));
        PlanVersion version = plans.versions(List.of(w.draft().id())).block().get(w.draft().id());
        Realisation realisation = null;
        Indicator reference = null;
        Consultation consultation = null;
        Meeting meeting = null;
        Comment comment = null;
        Aspiration aspiration = null;
        boolean participation = op.contains("Meeting") || op.contains("Comment")
                || List.of("openConsultation", "updateConsultation", "closeConsultation").contains(op);
        if (participation) {
            consultation = fixtures.consultation(w);
            version = plans.versions(List.of(w.draft().id())).block().get(w.draft().id());
        }
        if (op.contains("Meeting") && !op.equals("recordMeeting")) {
            meeting = consultations.recordMeeting(Actor.SYSTEM, consultation.id(), new ConsultationService.MeetingRecord(
                    java.time.LocalDate.now(), "Aula Bappeda", Map.of(StakeholderCategory.DPRD, 3), null, null)).block();
        }
        if ((op.contains("Comment") && !op.startsWith("addComment")) || op.equals("query:flaggedComments")
                || op.equals("query:commentsAwaitingResponse")) {
            if (consultation == null) {
                consultation = fixtures.consultation(w);
            }
            comment = comments.add(Fixtures.citizen("author-" + w.region().code()), null, new CommentService.NewComment("Indicator",
                    indicator.id(), null, "Target terlalu rendah.", null, null, false, null)).block();
            if (op.equals("restoreComment")) {
                comment = comments.hide(Actor.SYSTEM, comment.id(), comment.version(), "Di luar topik").block();
            }
            if (op.equals("query:flaggedComments")) {
                comments.flag(Fixtures.citizen("flagger"), null, comment.id(), "Spam").block();
            }
        }
        if (op.toLowerCase(java.util.Locale.ROOT).contains("aspiration")) {
            aspiration = fixtures.aspiration(w, "warga-asp-" + w.region().code());
        }
        switch (op) {
            case "returnPlanVersionToDraft" -> version = plans.openForConsultation(Actor.SYSTEM, version.id(), version.version()).block();
            case "revisePlan" -> version = plans.adopt(Actor.SYSTEM, version.id(), version.version()).block();
            case "recordRealisation", "updateRealisation", "verifyRealisation", "deleteRealisation" -> {
                version = plans.adopt(Actor.SYSTEM, version.id(), version.version()).block();
                if (!op.equals("recordRealisation")) {
                    realisation = realisations.record(Actor.SYSTEM, indicator.id(), 2025, Period.ANNUAL, 91.0, "Laporan").block();
                }
            }
            case "linkCascadeSupport", "unlinkCascadeSupport", "alignIndicator", "unalignIndicator" -> {
                if (op.equals("unlinkCascadeSupport")) {
                    fixtures.link(c.program(), sasaran2);
                }
                if (op.contains("lign")) {
                    reference = fixtures.referenceIndicator();
                    if (op.equals("unalignIndicator")) {
                        indicators.align(Actor.SYSTEM, indicator.id(), reference.id(), true).block();
                    }
                }
            }
            default -> { }
        }
        return new Scene(w, c, sasaran2, indicators.indicators(List.of(indicator.id())).block().get(indicator.id()), version,
                realisation, reference, consultation, meeting, comment, aspiration);
    }

    private static Map<String, Object> in(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return Map.of("in", m);
    }

    private static Request mutation(String name, String inputType, String selection, Map<String, Object> variables) {
        return new Request("mutation($in: " + inputType + "!) { " + name + "(input: $in) { " + selection + " } }", variables);
    }

    private Map<String, Function<Scene, Request>> scenarios() {
        Map<String, Function<Scene, Request>> s = new HashMap<>();
        s.put("createRegion", x -> mutation("createRegion", "CreateRegionInput", "region { id }",
                in("code", x.w().region().code() + ".0" + (1 + (int) (Math.random() * 9)), "name", "Kecamatan Baru",
                        "level", "KECAMATAN", "parentId", id("Region", x.w().region().id()))));
        s.put("createOrganisationUnit", x -> mutation("createOrganisationUnit", "CreateOrganisationUnitInput",
                "organisationUnit { id }", in("regionId", id("Region", x.w().region().id()), "code", "1.03.0.00.0.00.01.0000",
                        "name", "Dinas Pekerjaan Umum dan Penataan Ruang", "shortName", "DPUPR")));
        s.put("updateOrganisationUnit", x -> mutation("updateOrganisationUnit", "UpdateOrganisationUnitInput",
                "organisationUnit { id }", in("id", id("OrganisationUnit", x.w().opdA().id()), "version", x.w().opdA().version(),
                        "name", "Dinas Kesehatan Kota", "shortName", "DINKES")));
        s.put("createPlan", x -> mutation("createPlan", "CreatePlanInput", "plan { id }", in("kind", "RENSTRA",
                "title", "Renstra Dinas Kesehatan 2025–2029", "regionId", id("Region", x.w().region().id()), "periodStart", 2025,
                "periodEnd", 2029)));
        s.put("updatePlan", x -> mutation("updatePlan", "UpdatePlanInput", "plan { id }", in("id", id("Plan", x.w().plan().id()),
                "version", x.w().plan().version(), "title", "RPJMD (judul baru)")));
        for (String m : List.of("openPlanVersionForConsultation", "returnPlanVersionToDraft", "adoptPlanVersion")) {
            s.put(m, x -> mutation(m, "ChangePlanVersionStatusInput", "planVersion { id }",
                    in("id", id("PlanVersion", x.version().id()), "version", x.version().version())));
        }
        s.put("deletePlanVersion", x -> mutation("deletePlanVersion", "DeletePlanVersionInput", "deletedId",
                in("id", id("PlanVersion", x.version().id()), "version", x.version().version())));
        s.put("revisePlan", x -> mutation("revisePlan", "RevisePlanInput", "draft { id }", in("planId", id("Plan", x.w().plan().id()))));
        s.put("createCascadeNode", x -> mutation("createCascadeNode", "CreateCascadeNodeInput", "node { id }",
                in("planVersionId", x.w().draftId(), "parentId", id("CascadeNode", x.c().sasaran().id()), "kind", "PROGRAM",
                        "code", "1.02.03", "title", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan")));
        s.put("updateCascadeNode:text", x -> mutation("updateCascadeNode", "UpdateCascadeNodeInput", "node { id }",
                in("id", id("CascadeNode", x.c().program().id()), "version", x.c().program().version(), "code", "1.02.02",
                        "title", "Program Pemenuhan UKP dan UKM (disempurnakan)",
                        "responsibleOpdIds", List.of(id("OrganisationUnit", x.w().opdA().id())))));
        s.put("updateCascadeNode:opds", x -> mutation("updateCascadeNode", "UpdateCascadeNodeInput", "node { id }",
                in("id", id("CascadeNode", x.c().program().id()), "version", x.c().program().version(), "code", "1.02.02",
                        "title", x.c().program().title(), "responsibleOpdIds", List.of(id("OrganisationUnit", x.w().opdA().id()),
                                id("OrganisationUnit", x.w().opdB().id())))));
        s.put("moveCascadeNode", x -> mutation("moveCascadeNode", "MoveCascadeNodeInput", "node { id }",
                in("id", id("CascadeNode", x.c().program().id()), "version", x.c().program().version(),
                        "parentId", id("CascadeNode", x.sasaran2().id()))));
        s.put("deleteCascadeNode", x -> mutation("deleteCascadeNode", "DeleteCascadeNodeInput", "deletedIds",
                in("id", id("CascadeNode", x.c().sub().id()), "version", x.c().sub().version())));
        for (String m : List.of("linkCascadeSupport", "unlinkCascadeSupport")) {
            s.put(m, x -> mutation(m, "CascadeSupportInput", "node { id }", in("nodeId", id("CascadeNode", x.c().program().id()),
                    "supportsId", id("CascadeNode", x.sasaran2().id()))));
        }
        s.put("createIndicator", x -> mutation("createIndicator", "CreateIndicatorInput", "indicator { id }",
                in("nodeId", id("CascadeNode", x.c().program().id()), "name", "Persentase puskesmas terakreditasi", "unit", "%",
                        "polarity", "HIGHER_IS_BETTER", "aggregation", "LATEST")));
        s.put("updateIndicator", x -> updateIndicator(x, List.of()));
        s.put("updateIndicator:opds", x -> updateIndicator(x, List.of(id("OrganisationUnit", x.w().opdB().id()))));
        s.put("setIndicatorTargets", x -> mutation("setIndicatorTargets", "SetIndicatorTargetsInput", "indicator { id }",
                in("id", id("Indicator", x.indicator().id()), "version", x.indicator().version(),
                        "targets", List.of(Map.of("year", 2026, "value", 93.0)))));
        s.put("moveIndicator", x -> mutation("moveIndicator", "MoveIndicatorInput", "indicator { id }",
                in("id", id("Indicator", x.indicator().id()), "version", x.indicator().version(),
                        "nodeId", id("CascadeNode", x.sasaran2().id()))));
        s.put("deleteIndicator", x -> mutation("deleteIndicator", "DeleteIndicatorInput", "deletedId",
                in("id", id("Indicator", x.indicator().id()), "version", x.indicator().version())));
        for (String m : List.of("alignIndicator", "unalignIndicator")) {
            s.put(m, x -> mutation(m, "IndicatorAlignmentInput", "indicator { id }", in("indicatorId", id("Indicator", x.indicator().id()),
                    "referenceIndicatorId", id("Indicator", x.reference().id()))));
        }
        s.put("recordRealisation", x -> mutation("recordRealisation", "RecordRealisationInput", "realisation { id }",
                in("indicatorId", id("Indicator", x.indicator().id()), "year", 2025, "period", "ANNUAL", "value", 91.5)));
        s.put("updateRealisation", x -> mutation("updateRealisation", "UpdateRealisationInput", "realisation { id }",
                in("id", id("Realisation", x.realisation().id()), "version", x.realisation().version(), "value", 92.0)));
        s.put("verifyRealisation", x -> mutation("verifyRealisation", "VerifyRealisationInput", "realisation { id }",
                in("id", id("Realisation", x.realisation().id()), "version", x.realisation().version())));
        s.put("deleteRealisation", x -> mutation("deleteRealisation", "DeleteRealisationInput", "deletedId",
                in("id", id("Realisation", x.realisation().id()), "version", x.realisation().version())));
        java.time.Instant now = java.time.Instant.now();
        s.put("openConsultation", x -> mutation("openConsultation", "OpenConsultationInput", "consultation { id }",
                in("planVersionId", x.w().draftId(), "kind", "FORUM_PERANGKAT_DAERAH", "title", "Forum Perangkat Daerah",
                        "opensAt", now.toString(), "closesAt", now.plus(java.time.Duration.ofDays(3)).toString())));
        s.put("updateConsultation", x -> mutation("updateConsultation", "UpdateConsultationInput", "consultation { id }",
                in("id", id("Consultation", x.consultation().id()), "version", x.consultation().version(), "title", "Konsultasi (diperpanjang)",
                        "opensAt", x.consultation().opensAt().toString(),
                        "closesAt", x.consultation().closesAt().plus(java.time.Duration.ofDays(3)).toString())));
        s.put("closeConsultation", x -> mutation("closeConsultation", "CloseConsultationInput", "consultation { id }",
                in("id", id("Consultation", x.consultation().id()), "version", x.consultation().version())));
        s.put("recordMeeting", x -> mutation("recordMeeting", "RecordMeetingInput", "meeting { id }",
                in("consultationId", id("Consultation", x.consultation().id()), "heldOn", "2025-03-10", "place", "Aula Bappeda",
                        "participants", List.of(Map.of("category", "AKADEMISI", "count", 4)))));
        s.put("updateMeeting", x -> mutation("updateMeeting", "UpdateMeetingInput", "meeting { id }",
                in("id", id("Meeting", x.meeting().id()), "version", x.meeting().version(), "heldOn", "2025-03-11", "place", "Gedung DPRD")));
        s.put("deleteMeeting", x -> mutation("deleteMeeting", "DeleteMeetingInput", "deletedId",
                in("id", id("Meeting", x.meeting().id()), "version", x.meeting().version())));
        s.put("addComment", x -> mutation("addComment", "AddCommentInput", "comment { id }",
                in("subjectId", id("Indicator", x.indicator().id()), "body", "Mohon target dinaikkan.")));
        s.put("addComment:official", x -> mutation("addComment", "AddCommentInput", "comment { id }",
                in("subjectId", id("Indicator", x.indicator().id()), "body", "Tanggapan resmi: target disesuaikan.", "official", true)));
        s.put("editComment:someoneElses", x -> mutation("editComment", "EditCommentInput", "comment { id }",
                in("id", id("Comment", x.comment().id()), "version", x.comment().version(), "body", "Diubah orang lain")));
        s.put("deleteComment:someoneElses", x -> mutation("deleteComment", "DeleteCommentInput", "comment { id }",
                in("id", id("Comment", x.comment().id()), "version", x.comment().version())));
        s.put("reactToComment", x -> mutation("reactToComment", "ReactToCommentInput", "comment { id }",
                in("commentId", id("Comment", x.comment().id()), "reaction", "AGREE")));
        s.put("flagComment", x -> mutation("flagComment", "FlagCommentInput", "flagged",
                in("commentId", id("Comment", x.comment().id()), "reason", "Mengandung data pribadi")));
        s.put("hideComment", x -> mutation("hideComment", "HideCommentInput", "comment { id }",
                in("id", id("Comment", x.comment().id()), "version", x.comment().version(), "reason", "Mengandung data pribadi")));
        s.put("restoreComment", x -> mutation("restoreComment", "RestoreCommentInput", "comment { id }",
                in("id", id("Comment", x.comment().id()), "version", x.comment().version())));
        s.put("submitAspiration", x -> mutation("submitAspiration", "SubmitAspirationInput", "aspiration { id }",
                in("regionId", id("Region", x.w().region().id()), "title", "Lampu jalan padam", "body", "Lampu di gang mati sebulan.",
                        "topic", "INFRASTRUKTUR")));
        s.put("triageAspiration", x -> mutation("triageAspiration", "TriageAspirationInput", "aspiration { id }",
                in("id", id("Aspiration", x.aspiration().id()), "version", x.aspiration().version(),
                        "indicatorIds", List.of(id("Indicator", x.indicator().id())))));
        s.put("changeAspirationStatus", x -> mutation("changeAspirationStatus", "ChangeAspirationStatusInput", "aspiration { id }",
                in("id", id("Aspiration", x.aspiration().id()), "version", x.aspiration().version(), "status", "UNDER_REVIEW")));
        s.put("confirmAspirationLink", x -> mutation("confirmAspirationLink", "ConfirmAspirationLinkInput", "aspiration { id }",
                in("aspirationId", id("Aspiration", x.aspiration().id()), "version", x.aspiration().version(),
                        "nodeId", id("CascadeNode", x.c().program().id()))));
        s.put("rejectAspirationLink", x -> mutation("rejectAspirationLink", "RejectAspirationLinkInput", "rejected { id }",
                in("aspirationId", id("Aspiration", x.aspiration().id()), "nodeId", id("CascadeNode", x.c().program().id()))));
        s.put("mergeAspirations", x -> mutation("mergeAspirations", "MergeAspirationsInput", "aspiration { id }",
                in("id", id("Aspiration", x.aspiration().id()), "version", x.aspiration().version(), "duplicateIds",
                        List.of(id("Aspiration", fixtures.aspiration(x.w(), "warga-dup-" + x.w().region().code()).id())))));
        s.put("query:aspirationSuggestions", x -> new Request("query($a: ID!) { aspirationSuggestions(aspiration: $a) { rank } }",
                Map.of("a", id("Aspiration", x.aspiration().id()))));
        s.put("query:duplicateAspirations", x -> new Request("query($r: ID!) { duplicateAspirations(region: $r) { similarity } }",
                Map.of("r", id("Region", x.w().region().id()))));
        s.put("query:duplicateComments", x -> new Request("query($c: ID!) { duplicateComments(consultation: $c) { similarity } }",
                Map.of("c", id("Consultation", x.consultation().id()))));
        s.put("query:flaggedComments", x -> new Request("{ flaggedComments { totalCount } }", Map.of()));
        s.put("query:commentsAwaitingResponse", x -> new Request("{ commentsAwaitingResponse { totalCount } }", Map.of()));
        s.put("query:aspirationOfAnother", x -> new Request("query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", id("Aspiration", x.aspiration().id()))));
        s.put("query:draftVersion", x -> new Request("query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", x.w().draftId())));
        s.put("query:changes", x -> new Request("query($v: ID!) { changes(planVersion: $v) { totalCount } }",
                Map.of("v", x.w().draftId())));
        s.put("createImportUpload", x -> new Request("mutation { createImportUpload(input: {}) { upload { url } } }", Map.of()));
        s.put("importPlanDryRun", x -> mutation("importPlanDryRun", "ImportPlanInput", "dryRunId",
                in("uploadToken", upload(Fixtures.templateWorkbook()), "planVersionId", x.w().draftId())));
        s.put("applyPlanImport", x -> mutation("applyPlanImport", "ApplyPlanImportInput", "planVersion { id } report { ok }",
                in("request", Map.of("uploadToken", upload(Fixtures.templateWorkbook()), "planVersionId", x.w().draftId()))));
        s.put("importNomenclature", x -> mutation("importNomenclature", "ImportNomenclatureInput", "entryCount",
                in("uploadToken", upload(Fixtures.workbook(Map.of("Lampiran", List.of(List.of("1", "", "", "", "",
                        "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"))))),
                        "regulation", "KEPMENDAGRI_900_1317_2023", "dryRun", true)));
        return s;
    }

    private String upload(byte[] workbook) {
        return uploads.store("matrix", "matrix.xlsx", workbook).block().uploadToken();
    }

    private static Request updateIndicator(Scene x, List<String> opds) {
        return mutation("updateIndicator", "UpdateIndicatorInput", "indicator { id }", in("id", id("Indicator", x.indicator().id()),
                "version", x.indicator().version(), "name", x.indicator().name() + " (revisi)", "unit", "%",
                "polarity", "HIGHER_IS_BETTER", "aggregation", "LATEST", "targets", List.of(Map.of("year", 2025, "value", 91.0)),
                "responsibleOpdIds", opds));
    }

    private static List<String[]> read() throws IOException {
        try (var in = AuthorizationMatrixTest.class.getResourceAsStream("/authorization/matrix.csv");
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",")).toList();
        }
    }
}
