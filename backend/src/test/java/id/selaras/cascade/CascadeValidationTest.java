package id.selaras.cascade;

import java.util.Locale;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cascade rule rejects bad input with its typed error and leaves the database as it was. */
@IntegrationTest
class CascadeValidationTest {

    static final String CREATE = """
            mutation($in: CreateCascadeNodeInput!) { createCascadeNode(input: $in) { node { id code version } } }""";

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    Fixtures.World world;
    Fixtures.Chain chain;
    HttpGraphQlTester planner;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        chain = fixtures.chain(world);
        planner = new Api(port).as(TestTokens.planner("planner-" + world.region().code(), world.region().code()));
    }

    GraphQlTester.Response create(String parent, String kind, String code, String title) {
        var in = new java.util.HashMap<String, Object>();
        in.put("planVersionId", world.draftId());
        in.put("parentId", parent);
        in.put("kind", kind);
        in.put("code", code);
        in.put("title", title);
        return planner.document(CREATE).variable("in", in).execute();
    }

    void rejected(java.util.function.Supplier<GraphQlTester.Response> request, String classification, String code, String field) {
        String before = DatabaseSnapshot.take(db);
        Errors.expect(request.get(), classification, code, field);
        assertThat(DatabaseSnapshot.take(db)).as("nothing written").isEqualTo(before);
    }

    static String id(CascadeNode n) {
        return Fixtures.id("CascadeNode", n.id());
    }

    @Test
    void createNode_underAParentOfTheWrongKind_isRejected() {
        rejected(() -> create(id(chain.tujuan()), "PROGRAM", "1.02.03", "Program"), "BAD_REQUEST", "WRONG_PARENT_KIND", "input.parentId");
    }

    @Test
    void createNode_withoutParent_belowThePlansTopKind_isRejected() {
        rejected(() -> create(null, "MISI", "M9", "Misi tanpa visi"), "BAD_REQUEST", "ROOT_KIND_NOT_ALLOWED", "input.parentId");
    }

    @Test
    void createNode_withACodeAlreadyUsedInTheVersion_isRejected() {
        rejected(() -> create(id(chain.sasaran()), "PROGRAM", "1.02.02", "Program kembar"), "BAD_REQUEST", "DUPLICATE_CODE", "input.code");
    }

    @Test
    void createNode_withMalformedNomenclatureCodes_isRejected() {
        rejected(() -> create(id(chain.sasaran()), "PROGRAM", "1.2.3", "Program"), "BAD_REQUEST", "INVALID_CODE", "input.code");
        rejected(() -> create(id(chain.kegiatan()), "SUB_KEGIATAN", "1.02.02.2.02.001", "Sub"), "BAD_REQUEST", "INVALID_CODE", "input.code");
        rejected(() -> create(id(chain.program()), "KEGIATAN", "1.02.02.3.01", "Kegiatan"), "BAD_REQUEST", "INVALID_CODE", "input.code");
    }

    @Test
    void createNode_acceptsBothSubKegiatanCodeFormats() {
        create(id(chain.kegiatan()), "SUB_KEGIATAN", "1.02.02.2.02.02", "Format dua digit (Kepmendagri 050-5889/2021)").errors().verify();
        create(id(chain.kegiatan()), "SUB_KEGIATAN", "1.02.02.2.02.0003", "Format empat digit (Kepmendagri 900.1.15.5-1317/2023)")
                .errors().verify();
    }

    @Test
    void createNode_whoseCodeDoesNotContinueItsParents_isRejected() {
        rejected(() -> create(id(chain.program()), "KEGIATAN", "1.03.02.2.01", "Kegiatan urusan lain"),
                "BAD_REQUEST", "CODE_NOT_UNDER_PARENT", "input.code");
    }

    @Test
    void createNode_withTooLongOrMissingTitle_isRejected() {
        rejected(() -> create(id(chain.sasaran()), "PROGRAM", "1.02.03", "x".repeat(501)), "BAD_REQUEST", "TOO_LONG", "input.title");
        rejected(() -> create(id(chain.sasaran()), "PROGRAM", "1.02.03", "   "), "BAD_REQUEST", "REQUIRED", "input.title");
        rejected(() -> create(id(chain.sasaran()), "PROGRAM", "1.02.03", "judul\u0000"), "BAD_REQUEST", "INVALID_TEXT", "input.title");
    }

    @Test
    void createNode_reportsEveryProblemAtOnce() {
        var errors = Errors.of(create(id(chain.sasaran()), "PROGRAM", "bad code!", ""));
        assertThat(errors).extracting(e -> e.getExtensions().get("code")).contains("INVALID_CODE", "REQUIRED");
    }

    @Test
    void updateNode_withAStaleVersion_isAConflict_andChangesNothing() {
        String update = """
                mutation($in: UpdateCascadeNodeInput!) { updateCascadeNode(input: $in) { node { title version } } }""";
        var in = new java.util.HashMap<String, Object>(java.util.Map.of("id", id(chain.program()), "version", chain.program().version(),
                "code", "1.02.02", "title", "Judul baru",
                "responsibleOpdIds", java.util.List.of(Fixtures.id("OrganisationUnit", world.opdA().id()))));
        planner.document(update).variable("in", in).execute().path("updateCascadeNode.node.version").entity(Integer.class)
                .isEqualTo(chain.program().version() + 1);
        in.put("title", "Judul yang kedua");
        rejected(() -> planner.document(update).variable("in", in).execute(), "CONFLICT", "VERSION_CONFLICT", "input.version");
    }

    @Test
    void editingAnAdoptedVersion_isRejected() {
        String adopt = """
                mutation($in: ChangePlanVersionStatusInput!) { adoptPlanVersion(input: $in) { planVersion { status } } }""";
        planner.document(adopt).variable("in", java.util.Map.of("id", world.draftId(), "version", world.draft().version()))
                .execute().path("adoptPlanVersion.planVersion.status").entity(String.class).isEqualTo("ADOPTED");
        rejected(() -> create(id(chain.sasaran()), "PROGRAM", "1.02.03", "Program baru"), "BAD_REQUEST", "VERSION_NOT_EDITABLE", null);
    }

    @Test
    void aWrongKindOfId_isABadRequest() {
        rejected(() -> create(world.draftId(), "MISI", "M2", "Misi"), "BAD_REQUEST", "INVALID_ID", "input.parentId");
        rejected(() -> create("bukan-id", "MISI", "M2", "Misi"), "BAD_REQUEST", "INVALID_ID", "input.parentId");
    }

    @Test
    void messagesFollowAcceptLanguage() {
        var english = new Api(port).as(TestTokens.planner("p-en", world.region().code()), Locale.ENGLISH);
        var in = java.util.Map.<String, Object>of("planVersionId", world.draftId(), "parentId", id(chain.tujuan()),
                "kind", "PROGRAM", "code", "1.02.05", "title", "Program");
        var en = Errors.expect(english.document(CREATE).variable("in", in).execute(), "BAD_REQUEST", "WRONG_PARENT_KIND", null);
        assertThat(en.getMessage()).isEqualTo("A PROGRAM must sit under a SASARAN, not under a TUJUAN.");
        var id = Errors.expect(planner.document(CREATE).variable("in", in).execute(), "BAD_REQUEST", "WRONG_PARENT_KIND", null);
        assertThat(id.getMessage()).isEqualTo("PROGRAM harus berada di bawah SASARAN, bukan di bawah TUJUAN.");
    }
}
