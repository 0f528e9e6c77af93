package id.selaras.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.selaras.IntegrationTest;
import id.selaras.aspiration.Aspiration;
import id.selaras.aspiration.AspirationService;
import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.comment.Comment;
import id.selaras.comment.CommentService;
import id.selaras.comment.Reaction;
import id.selaras.consultation.Consultation;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.SqlCounter;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Assisted planning through the API: suggestions with why, confirm and reject, merges, opinion groups, duplicates. */
@IntegrationTest
class AssistApiTest {

    static final String SUGGEST = """
            query($a: ID!) { aspirationSuggestions(aspiration: $a) { rank score node { id code } indicator { id name }
              opd { id shortName } matchedTerms confirmations rejections explanation } }""";

    @Autowired Fixtures fixtures;
    @Autowired AspirationService aspirations;
    @Autowired CommentService comments;
    @LocalServerPort int port;

    record Plan(Fixtures.World w, CascadeNode health, CascadeNode drainage, Indicator drainageIndicator, Indicator maternal) {
    }

    Plan plan() {
        Fixtures.World w = fixtures.world();
        Fixtures.Chain c = fixtures.chain(w);
        Indicator maternal = fixtures.indicator(c.program(), "Persentase ibu hamil yang mendapatkan pelayanan kesehatan",
                Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, Fixtures.targets(90, 92, 94, 96, 98));
        CascadeNode drainage = fixtures.node(w.draft(), c.sasaran(), CascadeKind.PROGRAM, "1.03.06",
                "Program Pengelolaan dan Pengembangan Sistem Drainase", w.opdB());
        CascadeNode keg = fixtures.node(w.draft(), drainage, CascadeKind.KEGIATAN, "1.03.06.2.01",
                "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai", w.opdB());
        fixtures.node(w.draft(), keg, CascadeKind.SUB_KEGIATAN, "1.03.06.2.01.0031",
                "Operasi dan Pemeliharaan Sistem Drainase Perkotaan", w.opdB());
        Indicator drainageIndicator = fixtures.indicator(drainage, "Persentase saluran drainase dalam kondisi baik",
                Polarity.HIGHER_IS_BETTER, Aggregation.LATEST, Fixtures.targets(60, 65, 70, 75, 80));
        return new Plan(w, c.program(), drainage, drainageIndicator, maternal);
    }

    HttpGraphQlTester planner(Fixtures.World w) {
        return new Api(port).as(TestTokens.planner("planner-" + UUID.randomUUID(), w.region().code()));
    }

    @Test
    void suggestsWithWhy_learnsFromConfirmationsAndRejections() {
        Plan p = plan();
        Aspiration a = fixtures.aspiration(p.w(), "warga-" + UUID.randomUUID()); // "Perbaikan drainase di RW 03 …"
        String aid = Fixtures.id("Aspiration", a.id());
        HttpGraphQlTester officer = new Api(port).as(TestTokens.officer("dpu-" + UUID.randomUUID(), p.w().region().code(), p.w().opdB().code()));
        var first = officer.document(SUGGEST).variable("a", aid).execute();
        first.path("aspirationSuggestions[0].node.code").entity(String.class).isEqualTo("1.03.06");
        first.path("aspirationSuggestions[0].indicator.name").entity(String.class).isEqualTo(p.drainageIndicator().name());
        first.path("aspirationSuggestions[0].opd.shortName").entity(String.class).isEqualTo("DISDIK");
        first.path("aspirationSuggestions[0].matchedTerms").entityList(String.class).contains("drainase");
        first.path("aspirationSuggestions[0].explanation").entity(String.class).satisfies(e -> assertThat(e).startsWith("Kata yang cocok"));

        // citizens (even the author) and other regions' planners get no suggestions
        Errors.expect(new Api(port).as(TestTokens.citizen(a.author())).document(SUGGEST).variable("a", aid).execute(),
                "FORBIDDEN", "FORBIDDEN_REGION", null);

        // confirm the drainage program with its indicator, assign the OPD; reject the health program
        HttpGraphQlTester planner = planner(p.w());
        planner.document("""
                mutation($in: ConfirmAspirationLinkInput!) { confirmAspirationLink(input: $in) { aspiration { version
                  assignedOpd { shortName } linkedNodes { code } linkedIndicators { name } } } }""")
                .variable("in", Map.of("aspirationId", aid, "version", a.version(), "nodeId", Fixtures.id("CascadeNode", p.drainage().id()),
                        "indicatorId", Fixtures.id("Indicator", p.drainageIndicator().id()),
                        "opdId", Fixtures.id("OrganisationUnit", p.w().opdB().id())))
                .execute()
                .path("confirmAspirationLink.aspiration.linkedNodes[0].code").entity(String.class).isEqualTo("1.03.06")
                .path("confirmAspirationLink.aspiration.linkedIndicators[0].name").entity(String.class).isEqualTo(p.drainageIndicator().name())
                .path("confirmAspirationLink.aspiration.assignedOpd.shortName").entity(String.class).isEqualTo("DISDIK");
        planner.document("""
                mutation($in: RejectAspirationLinkInput!) { rejectAspirationLink(input: $in) { rejected { code } } }""")
                .variable("in", Map.of("aspirationId", aid, "nodeId", Fixtures.id("CascadeNode", p.health().id())))
                .execute().path("rejectAspirationLink.rejected.code").entity(String.class).isEqualTo("1.02.02");
        // a node of another plan is not a suggestion
        Plan other = plan();
        Errors.expect(planner.document("""
                mutation($in: RejectAspirationLinkInput!) { rejectAspirationLink(input: $in) { rejected { code } } }""")
                .variable("in", Map.of("aspirationId", aid, "nodeId", Fixtures.id("CascadeNode", other.drainage().id()))).execute(),
                "BAD_REQUEST", "NOT_SUGGESTED", "input.nodeId");

        // a new aspiration with the same words: the confirmation and the rejection show
        Aspiration b = fixtures.aspiration(p.w(), "warga-" + UUID.randomUUID());
        var again = officer.document(SUGGEST).variable("a", Fixtures.id("Aspiration", b.id())).execute();
        again.path("aspirationSuggestions[0].node.code").entity(String.class).isEqualTo("1.03.06");
        again.path("aspirationSuggestions[0].confirmations").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
        again.path("aspirationSuggestions[0].explanation").entity(String.class)
                .satisfies(e -> assertThat(e).contains("mengonfirmasi"));
    }

    @Test
    void theIndexFollowsChangesToThePlan() {
        Plan p = plan();
        Aspiration a = aspirations.submit(Fixtures.citizen("warga-" + UUID.randomUUID()), null, new AspirationService.NewAspiration(
                p.w().region().id(), null, "Sampah numpuk", "Sampah di TPS pasar gak diangkut2, bau bgt.", "LINGKUNGAN", null)).block();
        HttpGraphQlTester planner = planner(p.w());
        String aid = Fixtures.id("Aspiration", a.id());
        // no program speaks of waste yet
        assertThat(planner.document(SUGGEST).variable("a", aid).execute().path("aspirationSuggestions[*].matchedTerms[*]")
                .entityList(String.class).get()).doesNotContain("sampah");
        CascadeNode waste = fixtures.node(p.w().draft(), p.drainage(), CascadeKind.KEGIATAN, "1.03.06.2.02",
                "Penanganan sampah melalui pengangkutan di saluran", p.w().opdB());
        planner.document(SUGGEST).variable("a", aid).execute()
                .path("aspirationSuggestions[0].node.code").entity(String.class).isEqualTo("1.03.06")
                .path("aspirationSuggestions[0].matchedTerms").entityList(String.class).contains("sampah");
        assertThat(waste).isNotNull();
    }

    @Test
    void aspirationListWithSuggestions_takesTheSameStatementsForThreeOrNine() {
        Plan p = plan();
        HttpGraphQlTester planner = planner(p.w());
        for (int i = 0; i < 3; i++) {
            fixtures.aspiration(p.w(), "warga-" + UUID.randomUUID());
        }
        long three = statements(planner, p.w(), 3);
        for (int i = 0; i < 6; i++) {
            fixtures.aspiration(p.w(), "warga-" + UUID.randomUUID());
        }
        long nine = statements(planner, p.w(), 9);
        assertThat(nine).as("statements for 3 and 9 aspirations").isEqualTo(three);
    }

    /** The most statements of three runs, after one that builds the plan's index (built once, then cached). */
    private long statements(HttpGraphQlTester planner, Fixtures.World w, int expected) {
        long most = 0;
        for (int run = -1; run < 3; run++) {
            SqlCounter.reset();
            GraphQlTester.Response r = planner.document("""
                    query($r: ID!) { aspirations(region: $r, first: 50) { edges { node { id
                      suggestions(first: 3) { node { code } indicator { name } opd { shortName } explanation }
                      mergedInto { id } mergedAspirations { id } } } } }""")
                    .variable("r", Fixtures.id("Region", w.region().id())).execute();
            most = run < 0 ? most : Math.max(most, SqlCounter.count());
            r.errors().verify();
            r.path("aspirations.edges").entityList(Object.class).hasSize(expected);
            r.path("aspirations.edges[0].node.suggestions[0].node.code").entity(String.class).isEqualTo("1.03.06");
        }
        return most;
    }

    @Test
    void duplicatesAreFoundMergedAndFollowThePrimary() {
        Plan p = plan();
        List<Aspiration> same = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            same.add(fixtures.aspiration(p.w(), "warga-" + UUID.randomUUID()));
        }
        Aspiration different = aspirations.submit(Fixtures.citizen("warga-" + UUID.randomUUID()), null,
                new AspirationService.NewAspiration(p.w().region().id(), null, "Guru SD kurang",
                        "Satu guru mengajar dua kelas di SD kami.", "PENDIDIKAN", null)).block();
        HttpGraphQlTester planner = planner(p.w());
        var groups = planner.document("""
                query($r: ID!) { duplicateAspirations(region: $r) { aspirations { id } similarity sharedWords } }""")
                .variable("r", Fixtures.id("Region", p.w().region().id())).execute();
        groups.path("duplicateAspirations").entityList(Object.class).hasSize(1);
        assertThat(groups.path("duplicateAspirations[0].aspirations[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrder(same.stream().map(a -> Fixtures.id("Aspiration", a.id())).toArray(String[]::new));
        groups.path("duplicateAspirations[0].sharedWords").entityList(String.class).contains("drainase");
        assertThat(different).isNotNull();

        String primary = Fixtures.id("Aspiration", same.get(0).id());
        List<String> dups = List.of(Fixtures.id("Aspiration", same.get(1).id()), Fixtures.id("Aspiration", same.get(2).id()));
        String merge = """
                mutation($in: MergeAspirationsInput!) { mergeAspirations(input: $in) { aspiration { id version
                  mergedAspirations { id } } merged { id status } } }""";
        Errors.expect(planner.document(merge).variable("in", Map.of("id", primary, "version", 0, "duplicateIds", List.of(primary)))
                .execute(), "BAD_REQUEST", "MERGE_INTO_SELF", "input.duplicateIds[0]");
        planner.document(merge).variable("in", Map.of("id", primary, "version", 0, "duplicateIds", dups)).execute()
                .path("mergeAspirations.merged").entityList(Object.class).hasSize(2)
                .path("mergeAspirations.aspiration.mergedAspirations[*].id").entityList(String.class)
                .containsExactly(dups.toArray(String[]::new));
        Errors.expect(planner.document(merge).variable("in", Map.of("id", primary, "version", 1, "duplicateIds", dups)).execute(),
                "BAD_REQUEST", "ALREADY_MERGED", "input.duplicateIds[0]");

        // the primary's outcome reaches every author
        String status = """
                mutation($in: ChangeAspirationStatusInput!) { changeAspirationStatus(input: $in) { aspiration { status } } }""";
        planner.document(status).variable("in", Map.of("id", primary, "version", 1, "status", "UNDER_REVIEW")).execute().errors().verify();
        planner.document(status).variable("in", Map.of("id", primary, "version", 2, "status", "ACCOMMODATED",
                "reason", "Masuk RKPD 2026: normalisasi saluran RW 03.")).execute().errors().verify();
        Errors.expect(planner.document(status).variable("in", Map.of("id", dups.get(0), "version", 3, "status", "NOT_ACCOMMODATED",
                "reason", "x")).execute(), "BAD_REQUEST", "ALREADY_MERGED", "input.id");
        var author = new Api(port).as(TestTokens.citizen(same.get(1).author()));
        author.document("query($id: ID!) { node(id: $id) { ... on Aspiration { status steps { status reason } mergedInto { id } } } }")
                .variable("id", dups.get(0)).execute()
                .path("node.status").entity(String.class).isEqualTo("ACCOMMODATED")
                .path("node.steps[*].status").entityList(String.class).containsExactly("RECEIVED", "UNDER_REVIEW", "ACCOMMODATED")
                .path("node.steps[2].reason").entity(String.class).isEqualTo("Masuk RKPD 2026: normalisasi saluran RW 03.")
                .path("node.mergedInto").valueIsNull();
        planner.document("query($id: ID!) { node(id: $id) { ... on Aspiration { mergedInto { id } } } }")
                .variable("id", dups.get(0)).execute().path("node.mergedInto.id").entity(String.class).isEqualTo(primary);
    }

    @Test
    void opinionGroupsOfAConsultation() {
        Plan p = plan();
        Consultation consultation = fixtures.consultation(p.w());
        List<Comment> statements = new ArrayList<>();
        String[] texts = {"Target drainase terlalu rendah", "Anggaran kesehatan ibu harus naik", "Perbaiki saluran dulu",
                "Posyandu lebih penting dari drainase", "Data harus terbuka untuk warga", "Drainase cukup, fokus kesehatan"};
        for (String t : texts) {
            statements.add(comments.add(Fixtures.citizen("penulis-" + UUID.randomUUID()), null, new CommentService.NewComment(
                    "Indicator", p.drainageIndicator().id(), null, t, null, null, false, null)).block());
        }
        // two camps of six: drainage first (agree 0, 2; disagree 1, 3, 5) and health first (the opposite); all agree on 4
        for (int i = 0; i < 12; i++) {
            boolean drainage = i % 2 == 0;
            var who = Fixtures.citizen("pemilih-" + i + "-" + UUID.randomUUID());
            for (int c = 0; c < statements.size(); c++) {
                boolean agree = c == 4 || ((c == 0 || c == 2) == drainage);
                comments.react(who, null, statements.get(c).id(), agree ? Reaction.AGREE : Reaction.DISAGREE).block();
            }
        }
        var result = new Api(port).anonymous().document("""
                query($c: ID!) { opinionGroups(consultation: $c) { participants comments votes silhouette explainedVariance
                  groups { number size distinguishing { comment { id } agree share othersShare } }
                  consensus { comment { id } agree share } points { x y group } svg computedAt } }""")
                .variable("c", Fixtures.id("Consultation", consultation.id())).execute();
        result.errors().verify();
        result.path("opinionGroups.participants").entity(Integer.class).isEqualTo(12);
        result.path("opinionGroups.groups[*].size").entityList(Integer.class).containsExactly(6, 6);
        result.path("opinionGroups.consensus[0].comment.id").entity(String.class)
                .isEqualTo(Fixtures.id("Comment", statements.get(4).id()));
        result.path("opinionGroups.points").entityList(Object.class).hasSize(12);
        result.path("opinionGroups.svg").entity(String.class).satisfies(s -> assertThat(s).startsWith("<svg").contains("<title"));

        // a new voter: at most one recomputation per debounce period, then the groups include them
        var late = Fixtures.citizen("pemilih-akhir-" + UUID.randomUUID());
        for (int c = 0; c < statements.size(); c++) {
            comments.react(late, null, statements.get(c).id(), c == 1 || c == 3 || c == 4 ? Reaction.AGREE : Reaction.DISAGREE).block();
        }
        String query = "query($c: ID!) { opinionGroups(consultation: $c) { participants } }";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(500)).until(() -> new Api(port).anonymous().document(query)
                        .variable("c", Fixtures.id("Consultation", consultation.id())).execute()
                        .path("opinionGroups.participants").entity(Integer.class).get() == 13);

        var dupComments = planner(p.w()).document("""
                query($c: ID!) { duplicateComments(consultation: $c) { comments { id } } }""")
                .variable("c", Fixtures.id("Consultation", consultation.id())).execute();
        dupComments.errors().verify();
    }
}
