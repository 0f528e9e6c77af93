package id.selaras.comment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.selaras.IntegrationTest;
import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.Polarity;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import id.selaras.testing.SqlCounter;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * commentsAwaitingResponse: each OPD officer sees the unanswered comments about their own OPD's items, planners those
 * of their region, nobody another region's; an official answer takes a comment off the list; the number of SQL
 * statements does not grow with the number of comments.
 */
@IntegrationTest
class AwaitingResponseTest {

    static final String ADD = """
            mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }""";
    static final String AWAITING = """
            query($first: Int) { commentsAwaitingResponse(first: $first) {
              totalCount
              edges { node { id body official replyCount author { name } proposal { year value currentTarget { value } }
                subject { __typename id ... on Indicator { name unit responsibleOpds { shortName } }
                          ... on CascadeNode { title code } } } } } }""";

    @Autowired Fixtures fixtures;
    @Autowired CommentService comments;
    @LocalServerPort int port;
    Fixtures.World world;
    Indicator health;
    Indicator education;
    CascadeNode sasaran;
    HttpGraphQlTester citizen;
    HttpGraphQlTester officerA;
    HttpGraphQlTester officerB;
    HttpGraphQlTester planner;
    HttpGraphQlTester otherPlanner;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        Fixtures.Chain chain = fixtures.chain(world);
        sasaran = chain.sasaran();
        health = fixtures.indicator(chain.program(), "Cakupan pelayanan ibu hamil", Polarity.HIGHER_IS_BETTER,
                Aggregation.LATEST, Fixtures.targets(90, 92, 94, 96, 98));
        CascadeNode school = fixtures.node(world.draft(), chain.sasaran(), CascadeKind.PROGRAM, "1.01.02",
                "Program Pengelolaan Pendidikan", world.opdB());
        education = fixtures.indicator(school, "Angka partisipasi murni SD", Polarity.HIGHER_IS_BETTER, Aggregation.LATEST,
                Fixtures.targets(97, 97.5, 98, 98.5, 99));
        fixtures.consultation(world);
        Api api = new Api(port);
        citizen = api.as(TestTokens.citizen("warga-" + UUID.randomUUID()));
        String region = world.region().code();
        officerA = api.as(TestTokens.officer("dinkes-" + UUID.randomUUID(), region, world.opdA().code()));
        officerB = api.as(TestTokens.officer("disdik-" + UUID.randomUUID(), region, world.opdB().code()));
        planner = api.as(TestTokens.planner("bappeda-" + UUID.randomUUID(), region));
        otherPlanner = api.as(TestTokens.planner("bappeda-lain-" + UUID.randomUUID(), "99.99"));
    }

    String comment(HttpGraphQlTester who, String type, long subject, String body, String parentId, boolean official) {
        Map<String, Object> in = new java.util.HashMap<>(Map.of("subjectId", Fixtures.id(type, subject), "body", body));
        if (parentId != null) {
            in.put("parentId", parentId);
        }
        if (official) {
            in.put("official", true);
        }
        return who.document(ADD).variable("in", in).execute().errors().verify().path("addComment.comment.id")
                .entity(String.class).get();
    }

    /** A comment by a citizen of its own (each person's comment rate is limited), straight through the service. */
    void byAnotherCitizen(String type, long subject, String body) {
        comments.add(Fixtures.citizen("warga-" + UUID.randomUUID()), null,
                new CommentService.NewComment(type, subject, null, body, null, null, false, null)).block();
    }

    List<String> awaiting(HttpGraphQlTester who) {
        return who.document(AWAITING).variable("first", 100).execute().errors().verify()
                .path("commentsAwaitingResponse.edges[*].node.body").entityList(String.class).get();
    }

    @Test
    void eachOfficerSeesTheirOpdsComments_plannersTheRegions_andAnAnswerTakesItOff() {
        String first = comment(citizen, "Indicator", health.id(), "Target 2027 terlalu rendah", null, false);
        comment(citizen, "Indicator", health.id(), "Data puskesmas belum masuk", null, false);
        comment(citizen, "Indicator", education.id(), "APM SD sudah 99 persen", null, false);
        comment(citizen, "CascadeNode", sasaran.id(), "Sasaran ini terlalu umum", null, false);
        comment(citizen, "Indicator", health.id(), "Setuju", first, false); // a reply is not itself awaiting

        assertThat(awaiting(officerA)).containsExactly("Target 2027 terlalu rendah", "Data puskesmas belum masuk");
        assertThat(awaiting(officerB)).containsExactly("APM SD sudah 99 persen");
        assertThat(awaiting(planner)).containsExactly("Target 2027 terlalu rendah", "Data puskesmas belum masuk",
                "APM SD sudah 99 persen", "Sasaran ini terlalu umum");
        assertThat(awaiting(otherPlanner)).isEmpty();

        comment(officerA, "Indicator", health.id(), "Target akan kami tinjau bersama Bappeda.", first, true);

        assertThat(awaiting(officerA)).containsExactly("Data puskesmas belum masuk");
        assertThat(awaiting(planner)).doesNotContain("Target 2027 terlalu rendah").hasSize(3);
    }

    @Test
    void citizensAndModerators_areRefused() {
        citizen.document(AWAITING).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getErrorType().toString()).isIn("FORBIDDEN", "UNAUTHORIZED")));
        new Api(port).as(TestTokens.moderator("mod-" + UUID.randomUUID(), world.region().code())).document(AWAITING)
                .execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
    }

    @Test
    void theNumberOfStatements_doesNotGrowWithTheComments() {
        // both subject types in both runs: each type is one batch, whatever the number of comments
        byAnotherCitizen("Indicator", health.id(), "Komentar 0");
        byAnotherCitizen("CascadeNode", sasaran.id(), "Komentar 1");
        long few = statements(2);
        for (int i = 2; i < 12; i++) {
            byAnotherCitizen("Indicator", i % 2 == 0 ? health.id() : education.id(), "Komentar " + i);
        }
        byAnotherCitizen("CascadeNode", sasaran.id(), "Komentar node");
        long many = statements(13);

        assertThat(many).as("statements: %d for 2 comments, %d for 13", few, many).isEqualTo(few);
        assertThat(few).isLessThan(10);
    }

    /** The most statements of three runs (graphql-java may batch two levels together, which only ever saves some). */
    long statements(int expected) {
        long most = 0;
        for (int run = 0; run < 3; run++) {
            SqlCounter.reset();
            GraphQlTester.Response response = planner.document(AWAITING).variable("first", 100).execute();
            most = Math.max(most, SqlCounter.count());
            response.errors().verify();
            response.path("commentsAwaitingResponse.totalCount").entity(Integer.class).isEqualTo(expected);
        }
        return most;
    }
}
