package id.selaras.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import id.selaras.IntegrationTest;
import id.selaras.SelarasApplication;
import id.selaras.audit.Change;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.EventLog;
import id.selaras.security.Actor;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import id.selaras.testsupport.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live updates across instances, through the event log and PostgreSQL LISTEN/NOTIFY: this test's backend is
 * instance A; it starts instance B on the same database.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesTest {

    static final String SUBSCRIBE = """
            subscription($s: ID!, $after: String) { commentActivity(subject: $s, after: $after) {
              sequence kind resync comment { id body } } }""";
    static final String ADD = "mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }";

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @Autowired LiveEvents live;
    @Autowired EventLog events;
    @LocalServerPort int port;
    ConfigurableApplicationContext instanceB;
    int portB;
    String subject;
    String citizen;

    @BeforeAll
    void startInstanceB() {
        instanceB = new SpringApplicationBuilder(SelarasApplication.class)
                .initializers(new TestDatabaseInitializer(), new TestTokens.Initializer())
                // arguments, not default properties: they must win over application.yaml's server.port
                .run("--server.port=0", "--selaras.live.poll=200ms", "--selaras.rate-limit.address-factor=100000",
                        "--spring.flyway.enabled=false");
        portB = Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopInstanceB() {
        instanceB.close();
    }

    @BeforeEach
    void setUp() {
        Fixtures.World w = fixtures.world();
        Fixtures.Chain chain = fixtures.chain(w);
        fixtures.consultation(w);
        subject = Fixtures.id("CascadeNode", chain.program().id());
        citizen = "warga-live-" + System.nanoTime();
    }

    WebSocketGraphQlClient clientOf(int port) {
        return WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new ReactorNettyWebSocketClient()).build();
    }

    @SuppressWarnings("unchecked")
    Disposable subscribe(int port, String after, List<Map<String, Object>> into) {
        return clientOf(port).document(SUBSCRIBE).variable("s", subject).variable("after", after).executeSubscription()
                .map(r -> (Map<String, Object>) r.field("commentActivity").getValue())
                .subscribe(into::add);
    }

    void comment(String body) {
        new Api(port).as(TestTokens.citizen(citizen)).document(ADD).variable("in", Map.of("subjectId", subject, "body", body))
                .execute().errors().verify();
    }

    static List<Object> bodies(List<Map<String, Object>> events) {
        return events.stream().map(e -> ((Map<?, ?>) e.get("comment")).get("body")).map(Object.class::cast).toList();
    }

    @Test
    void aCommentMadeThroughA_reachesASubscriberOfB() {
        List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = subscribe(portB, null, received);
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(300)).until(() -> true);
        comment("Disampaikan lewat instans A");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        assertThat(received.getFirst().get("kind")).isEqualTo("ADDED");
        assertThat(bodies(received)).containsExactly("Disampaikan lewat instans A");
        subscription.dispose();
    }

    @Test
    void aSubscriberThatMissesThreeEvents_receivesExactlyThoseThreeWhenItReconnectsWithAfter() {
        List<Map<String, Object>> first = new CopyOnWriteArrayList<>();
        Disposable subscription = subscribe(portB, null, first);
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        comment("Sebelum terputus");
        await().atMost(Duration.ofSeconds(10)).until(() -> first.size() == 1);
        String lastSeen = (String) first.getFirst().get("sequence");
        subscription.dispose();

        comment("Terlewat 1");
        comment("Terlewat 2");
        comment("Terlewat 3");

        List<Map<String, Object>> again = new CopyOnWriteArrayList<>();
        Disposable resumed = subscribe(portB, lastSeen, again);
        await().atMost(Duration.ofSeconds(10)).until(() -> again.size() >= 3);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(bodies(again)).containsExactly("Terlewat 1", "Terlewat 2", "Terlewat 3");
        resumed.dispose();
    }

    @Test
    void killingTheListenConnection_losesNothing() {
        List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = subscribe(portB, null, received);
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        comment("Sebelum koneksi LISTEN diputus");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);

        Long killed = db.sql("""
                        SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
                        WHERE application_name = 'selaras-listen' AND datname = current_database()""")
                .map(r -> r.get("n", Long.class)).one().block();
        assertThat(killed).as("listeners terminated (instances A and B)").isGreaterThanOrEqualTo(2);
        comment("Saat koneksi LISTEN terputus");
        comment("Sesudahnya");
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 3);
        assertThat(bodies(received)).containsExactly("Sebelum koneksi LISTEN diputus", "Saat koneksi LISTEN terputus", "Sesudahnya");
        EventRelay relayB = instanceB.getBean(EventRelay.class);
        await().atMost(Duration.ofSeconds(15)).until(relayB::listening);
        subscription.dispose();
    }

    @Test
    void aSubscriberThatFallsBehind_getsAResyncInsteadOfGrowingMemory() {
        long topic = System.nanoTime();
        var flux = live.subscribe(null, e -> "Probe".equals(e.entityType()) && e.entityId() == topic);
        StepVerifier.create(flux, 0)
                .then(() -> {
                    for (int i = 0; i < 300; i++) {
                        events.record(Actor.SYSTEM, new Change("Probe", topic, ChangeAction.CREATED, null, null, null,
                                Map.of("i", i))).block();
                    }
                })
                .thenAwait(Duration.ofSeconds(2))
                .thenRequest(Long.MAX_VALUE)
                .expectNextCount(256)
                .assertNext(d -> assertThat(d.isResync()).isTrue())
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }
}
