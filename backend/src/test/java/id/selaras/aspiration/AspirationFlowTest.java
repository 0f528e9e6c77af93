package id.selaras.aspiration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** You said / we did: a citizen's aspiration is triaged, reviewed and answered in public, and followed live. */
@IntegrationTest
class AspirationFlowTest {

    static final String STATUS = """
            mutation($in: ChangeAspirationStatusInput!) { changeAspirationStatus(input: $in) {
              aspiration { status version } step { status reason } } }""";

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    @SuppressWarnings("unchecked")
    void aCitizenFollowsTheirAspirationFromSubmissionToOutcome() {
        var w = fixtures.world();
        var chain = fixtures.chain(w);
        String user = "warga-" + UUID.randomUUID();
        String token = TestTokens.citizen(user);
        var citizen = new Api(port).as(token);
        var submitted = citizen.document("""
                mutation($in: SubmitAspirationInput!) { submitAspiration(input: $in) { aspiration { id version status steps { status } } } }""")
                .variable("in", Map.of("regionId", Fixtures.id("Region", w.region().id()), "title", "Posyandu kekurangan timbangan",
                        "body", "Posyandu di RW 05 hanya punya satu timbangan bayi.", "topic", "KESEHATAN")).execute();
        String id = submitted.path("submitAspiration.aspiration.id").entity(String.class).get();
        submitted.path("submitAspiration.aspiration.steps[0].status").entity(String.class).isEqualTo("RECEIVED");

        List<Map<String, Object>> updates = new CopyOnWriteArrayList<>();
        var subscription = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new ReactorNettyWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + token));
                    }
                }).build()
                .document("subscription { myAspirationUpdates { sequence aspiration { status } step { status reason } } }")
                .executeSubscription().map(r -> (Map<String, Object>) r.field("myAspirationUpdates").getValue())
                .subscribe(updates::add);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> true);

        // another citizen cannot see it
        new Api(port).as(TestTokens.citizen("lain-" + UUID.randomUUID())).document("query($id: ID!) { node(id: $id) { id } }")
                .variable("id", id).execute().path("node").valueIsNull();

        var officer = new Api(port).as(TestTokens.officer("dinkes", w.region().code(), w.opdA().code()));
        officer.document("""
                mutation($in: TriageAspirationInput!) { triageAspiration(input: $in) { aspiration { version assignedOpd { shortName }
                  linkedNodes { code } } } }""")
                .variable("in", Map.of("id", id, "version", 0, "assignedOpdId", Fixtures.id("OrganisationUnit", w.opdA().id()),
                        "nodeIds", List.of(Fixtures.id("CascadeNode", chain.kegiatan().id()))))
                .execute().path("triageAspiration.aspiration.assignedOpd.shortName").entity(String.class).isEqualTo("DINKES");
        officer.document(STATUS).variable("in", Map.of("id", id, "version", 1, "status", "UNDER_REVIEW")).execute().errors().verify();
        Errors.expect(officer.document(STATUS).variable("in", Map.of("id", id, "version", 2, "status", "ACCOMMODATED")).execute(),
                "BAD_REQUEST", "REASON_REQUIRED", "input.reason");
        var otherOpd = new Api(port).as(TestTokens.officer("disdik", w.region().code(), w.opdB().code()));
        Errors.expect(otherOpd.document(STATUS).variable("in", Map.of("id", id, "version", 2, "status", "NOT_ACCOMMODATED",
                "reason", "x")).execute(), "FORBIDDEN", "FORBIDDEN_OPD", null);
        officer.document(STATUS).variable("in", Map.of("id", id, "version", 2, "status", "ACCOMMODATED",
                        "reason", "Dianggarkan dalam sub-kegiatan Pengelolaan Pelayanan Kesehatan Ibu Hamil 2026."))
                .execute().path("changeAspirationStatus.aspiration.status").entity(String.class).isEqualTo("ACCOMMODATED");

        var mine = citizen.document("{ aspirations(mine: true) { edges { node { status steps { status reason } } } } }").execute();
        mine.path("aspirations.edges[0].node.steps[*].status").entityList(String.class)
                .containsExactly("RECEIVED", "UNDER_REVIEW", "ACCOMMODATED");
        await().atMost(Duration.ofSeconds(10)).until(() -> updates.size() >= 2);
        assertThat(updates.getLast().get("step")).isEqualTo(Map.of("status", "ACCOMMODATED",
                "reason", "Dianggarkan dalam sub-kegiatan Pengelolaan Pelayanan Kesehatan Ibu Hamil 2026."));
        subscription.dispose();

        var stats = new Api(port).anonymous().document("""
                query($r: ID!) { aspirationStatistics(region: $r) { total byStatus { status count } byTopic { topic { code label } count } } }""")
                .variable("r", Fixtures.id("Region", w.region().id())).execute();
        stats.path("aspirationStatistics.total").entity(Integer.class).isEqualTo(1);
        stats.path("aspirationStatistics.byTopic[0].topic.label").entity(String.class).isEqualTo("Kesehatan");
    }

    @Test
    void badInput_getsTypedErrors() {
        var w = fixtures.world();
        var citizen = new Api(port).as(TestTokens.citizen("warga-" + UUID.randomUUID()));
        String submit = "mutation($in: SubmitAspirationInput!) { submitAspiration(input: $in) { aspiration { id } } }";
        Errors.expect(citizen.document(submit).variable("in", Map.of("regionId", Fixtures.id("Region", w.region().id()), "title", "",
                "body", "isi", "topic", "ASTROLOGI")).execute(), "BAD_REQUEST", "UNKNOWN_TOPIC", "input.topic");
        Errors.expect(new Api(port).anonymous().document(submit).variable("in", Map.of("regionId", Fixtures.id("Region", w.region().id()),
                "title", "t", "body", "b", "topic", "LAINNYA")).execute(), "UNAUTHORIZED", "UNAUTHENTICATED", null);
    }
}
