package id.selaras.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.selaras.IntegrationTest;
import id.selaras.common.GlobalId;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.testing.Api;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.SqlCounter;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of commenting: when, how deep, proposals, official responses, edit window, moderation, safe text. */
@IntegrationTest
class CommentRulesTest {

    static final String ADD = """
            mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id version official body bodyHtml
              proposal { year value currentTarget { value } } officialOpd { shortName } } } }""";

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    Fixtures.World world;
    Fixtures.Chain chain;
    Indicator indicator;
    id.selaras.consultation.Consultation consultation;
    HttpGraphQlTester citizen;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        chain = fixtures.chain(world);
        indicator = fixtures.indicator(chain.program(), "Cakupan pelayanan ibu hamil", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(90, 92, 94, 96, 98));
        consultation = fixtures.consultation(world);
        citizen = new Api(port).as(TestTokens.citizen("warga-" + UUID.randomUUID()));
    }

    GraphQlTester.Response add(HttpGraphQlTester who, Object... kv) {
        Map<String, Object> in = new HashMap<>();
        in.put("subjectId", Fixtures.id("Indicator", indicator.id()));
        in.put("body", "Komentar");
        for (int i = 0; i < kv.length; i += 2) {
            in.put((String) kv[i], kv[i + 1]);
        }
        return who.document(ADD).variable("in", in).execute();
    }

    void rejected(GraphQlTester.Response response, String classification, String code) {
        Errors.expect(response, classification, code, null);
    }

    @Test
    void aCommentOnAClosedConsultation_isRejected_andWritesNothing() {
        new Api(port).as(TestTokens.planner("p", world.region().code()))
                .document("mutation($in: CloseConsultationInput!) { closeConsultation(input: $in) { consultation { state } } }")
                .variable("in", Map.of("id", Fixtures.id("Consultation", consultation.id()), "version", consultation.version()))
                .execute().path("closeConsultation.consultation.state").entity(String.class).isEqualTo("CLOSED");
        String before = DatabaseSnapshot.take(db);
        rejected(add(citizen), "BAD_REQUEST", "NOT_OPEN_FOR_COMMENTS");
        assertThat(DatabaseSnapshot.take(db)).isEqualTo(before);
    }

    @Test
    void aCommentOutsideTheConsultationsScope_isRejected() {
        var w = fixtures.world();
        var c = fixtures.chain(w);
        var planner = new Api(port).as(TestTokens.planner("p2", w.region().code()));
        planner.document("mutation($in: ChangePlanVersionStatusInput!) { openPlanVersionForConsultation(input: $in) { planVersion { id } } }")
                .variable("in", Map.of("id", w.draftId(), "version", w.draft().version())).execute().errors().verify();
        planner.document("mutation($in: OpenConsultationInput!) { openConsultation(input: $in) { consultation { wholePlan } } }")
                .variable("in", Map.of("planVersionId", w.draftId(), "kind", "FORUM_PERANGKAT_DAERAH", "title", "Forum Dinkes",
                        "opensAt", java.time.Instant.now().minusSeconds(5).toString(),
                        "closesAt", java.time.Instant.now().plusSeconds(3600).toString(),
                        "nodeIds", List.of(Fixtures.id("CascadeNode", c.program().id()))))
                .execute().path("openConsultation.consultation.wholePlan").entity(Boolean.class).isEqualTo(false);
        var inScope = citizen.document(ADD).variable("in", Map.of("subjectId", Fixtures.id("CascadeNode", c.sub().id()),
                "body", "Sub-kegiatan di bawah program yang dikonsultasikan")).execute();
        inScope.errors().verify();
        rejected(citizen.document(ADD).variable("in", Map.of("subjectId", Fixtures.id("CascadeNode", c.misi().id()),
                "body", "Misi di luar lingkup")).execute(), "BAD_REQUEST", "NOT_OPEN_FOR_COMMENTS");
    }

    @Test
    void repliesNestToABoundedDepth() {
        String parent = add(citizen).path("addComment.comment.id").entity(String.class).get();
        for (int depth = 1; depth <= 3; depth++) {
            parent = add(citizen, "parentId", parent, "body", "Balasan " + depth).path("addComment.comment.id").entity(String.class).get();
        }
        rejected(add(citizen, "parentId", parent, "body", "Terlalu dalam"), "BAD_REQUEST", "REPLY_TOO_DEEP");
    }

    @Test
    void aTargetProposal_isStructuredData_shownBesideTheCurrentTarget() {
        var r = add(citizen, "body", "Target 2027 sebaiknya 96,5%", "proposal", Map.of("year", 2027, "value", 96.5));
        r.path("addComment.comment.proposal.value").entity(Double.class).isEqualTo(96.5);
        r.path("addComment.comment.proposal.currentTarget.value").entity(Double.class).isEqualTo(94.0);
        rejected(add(citizen, "proposal", Map.of("year", 2035, "value", 1.0)), "BAD_REQUEST", "PROPOSAL_NOT_ALLOWED");
        rejected(add(citizen, "subjectId", Fixtures.id("CascadeNode", chain.program().id()), "proposal",
                Map.of("year", 2027, "value", 1.0)), "BAD_REQUEST", "PROPOSAL_NOT_ALLOWED");
    }

    @Test
    void anOfficialResponse_comesFromTheResponsibleOpd_andIsShownFirst() {
        add(citizen, "body", "Pertanyaan warga").errors().verify();
        var officerA = new Api(port).as(TestTokens.officer("dinkes-1", world.region().code(), world.opdA().code()));
        var officerB = new Api(port).as(TestTokens.officer("disdik-1", world.region().code(), world.opdB().code()));
        rejected(add(officerB, "official", true, "body", "Bukan urusan kami"), "FORBIDDEN", "OFFICIAL_NOT_ALLOWED");
        var answer = add(officerA, "official", true, "body", "Tanggapan resmi Dinas Kesehatan");
        answer.path("addComment.comment.official").entity(Boolean.class).isEqualTo(true);
        answer.path("addComment.comment.officialOpd.shortName").entity(String.class).isEqualTo("DINKES");
        citizen.document("query($id: ID!) { node(id: $id) { ... on Indicator { comments { edges { node { official body } } } } } }")
                .variable("id", Fixtures.id("Indicator", indicator.id())).execute()
                .path("node.comments.edges[0].node.official").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void editingAfterTheWindow_isRejected_andOnlyTheAuthorEdits() {
        var created = add(citizen, "body", "Teks awal");
        String id = created.path("addComment.comment.id").entity(String.class).get();
        String edit = "mutation($in: EditCommentInput!) { editComment(input: $in) { comment { body } } }";
        rejected(new Api(port).as(TestTokens.citizen("orang-lain")).document(edit)
                .variable("in", Map.of("id", id, "version", 0, "body", "Diubah orang lain")).execute(), "FORBIDDEN", "NOT_YOUR_COMMENT");
        db.sql("UPDATE comment SET created_at = now() - interval '20 minutes' WHERE id = :id")
                .bind("id", GlobalId.decode("Comment", id, "id")).fetch().rowsUpdated().block();
        rejected(citizen.document(edit).variable("in", Map.of("id", id, "version", 0, "body", "Terlambat")).execute(),
                "BAD_REQUEST", "EDIT_WINDOW_CLOSED");
    }

    @Test
    void textIsEscapedOnDisplay_withLightFormatting() {
        var r = add(citizen, "body", "<script>alert(1)</script> **penting** lihat https://magelangkota.go.id/a?b=1&c=2\n- satu\n- dua");
        String html = r.path("addComment.comment.bodyHtml").entity(String.class).get();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("<strong>penting</strong>")
                .contains("<a href=\"https://magelangkota.go.id/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\"")
                .contains("<ul><li>satu</li><li>dua</li></ul>");
        rejected(add(citizen, "body", "x".repeat(5001)), "BAD_REQUEST", "TOO_LONG");
    }

    @Test
    void flagged_hidden_restored_withTheContentKeptForTheAuditTrail() {
        String id = add(citizen, "body", "Nomor HP saya 0812-3456-7890").path("addComment.comment.id").entity(String.class).get();
        var other = new Api(port).as(TestTokens.citizen("pelapor-" + UUID.randomUUID()));
        other.document("mutation($in: FlagCommentInput!) { flagComment(input: $in) { flagged } }")
                .variable("in", Map.of("commentId", id, "reason", "Data pribadi")).execute()
                .path("flagComment.flagged").entity(Boolean.class).isEqualTo(true);
        var moderator = new Api(port).as(TestTokens.moderator("mod", world.region().code()));
        List<String> queue = moderator.document("{ flaggedComments(first: 100) { edges { node { id } } } }").execute()
                .path("flaggedComments.edges[*].node.id").entityList(String.class).get();
        assertThat(queue).contains(id);

        moderator.document("mutation($in: HideCommentInput!) { hideComment(input: $in) { comment { state } } }")
                .variable("in", Map.of("id", id, "version", 0, "reason", "Memuat data pribadi")).execute()
                .path("hideComment.comment.state").entity(String.class).isEqualTo("HIDDEN");
        String read = "query($id: ID!) { node(id: $id) { ... on Comment { state body hiddenReason } } }";
        var asPublic = new Api(port).anonymous().document(read).variable("id", id).execute();
        asPublic.path("node.body").valueIsNull();
        asPublic.path("node.hiddenReason").entity(String.class).isEqualTo("Memuat data pribadi");
        moderator.document(read).variable("id", id).execute().path("node.body").entity(String.class)
                .isEqualTo("Nomor HP saya 0812-3456-7890");
        moderator.document("mutation($in: RestoreCommentInput!) { restoreComment(input: $in) { comment { state } } }")
                .variable("in", Map.of("id", id, "version", 1)).execute()
                .path("restoreComment.comment.state").entity(String.class).isEqualTo("VISIBLE");
    }

    static final String QUEUE = """
            { flaggedComments(first: 50) { totalCount edges { node { id body version flagCount flags { reason at }
              subject { __typename ... on Indicator { name } } } } } }""";

    @Test
    void theQueue_showsFlagReasonsAndCounts_toModeratorsOnly_inAFixedNumberOfStatements() {
        var moderator = new Api(port).as(TestTokens.moderator("mod", world.region().code()));
        String first = flaggedBy(2, "Kasar");
        SqlCounter.reset();
        var one = moderator.document(QUEUE).execute();
        long oneStatements = SqlCounter.count();
        one.path("flaggedComments.edges[0].node.flagCount").entity(Integer.class).isEqualTo(2);
        one.path("flaggedComments.edges[0].node.flags[*].reason").entityList(String.class).containsExactly("Kasar 1", "Kasar 0");
        one.path("flaggedComments.edges[0].node.subject.name").entity(String.class).isEqualTo("Cakupan pelayanan ibu hamil");
        for (int i = 0; i < 4; i++) {
            flaggedBy(1, "Spam");
        }
        SqlCounter.reset();
        moderator.document(QUEUE).execute().path("flaggedComments.totalCount").entity(Integer.class).isEqualTo(5);
        assertThat(SqlCounter.count()).as("no statement per comment").isLessThanOrEqualTo(oneStatements);

        String read = "query($id: ID!) { node(id: $id) { ... on Comment { flagCount flags { reason } } } }";
        var asCitizen = citizen.document(read).variable("id", first).execute();
        asCitizen.path("node.flagCount").valueIsNull();
        asCitizen.path("node.flags").entityList(Object.class).hasSize(0);
    }

    private String flaggedBy(int people, String reason) {
        String id = add(citizen, "body", "Komentar " + UUID.randomUUID()).path("addComment.comment.id").entity(String.class).get();
        for (int i = 0; i < people; i++) {
            new Api(port).as(TestTokens.citizen("pelapor-" + UUID.randomUUID()))
                    .document("mutation($in: FlagCommentInput!) { flagComment(input: $in) { flagged } }")
                    .variable("in", Map.of("commentId", id, "reason", reason + " " + i)).execute()
                    .path("flagComment.flagged").entity(Boolean.class).isEqualTo(true);
        }
        return id;
    }
}
