package id.selaras.it;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import id.selaras.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two backend instances and the web UI as plain processes on one PostgreSQL, as operations run them: both are
 * healthy; a comment made through one reaches a subscriber of the other; and when one instance is stopped in the
 * middle of a stream, its subscriber is closed with 1012, reconnects to the other, and is replayed what it missed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    static final String SUBSCRIBE = """
            subscription($s: ID!, $after: String) { commentActivity(subject: $s, after: $after) { sequence comment { body } } }""";
    static final String ADD = "mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }";

    TestDatabase db;
    Tokens tokens;
    AppProcess a;
    AppProcess b;
    AppProcess web;
    int portA;
    int portB;
    int portWeb;
    String subject;

    @BeforeAll
    void start() throws Exception {
        db = TestDatabase.create();
        tokens = new Tokens();
        portA = freePort();
        portB = freePort();
        portWeb = freePort();
        a = AppProcess.start("backend-a", "selaras-backend-exec.jar", backend(portA, true))
                .awaitHttpOk("http://localhost:" + portA + "/actuator/health/readiness", Duration.ofMinutes(5));
        b = AppProcess.start("backend-b", "selaras-backend-exec.jar", backend(portB, false))
                .awaitHttpOk("http://localhost:" + portB + "/actuator/health/readiness", Duration.ofMinutes(3));
        Map<String, String> webEnv = new HashMap<>(database());
        webEnv.put("SELARAS_WEB_PORT", Integer.toString(portWeb));
        webEnv.put("SELARAS_WEB_MANAGEMENT_PORT", Integer.toString(freePort()));
        webEnv.put("SELARAS_BACKEND_URL", "http://localhost:" + portA);
        web = AppProcess.start("web-ui", "selaras-web-ui-exec.jar", webEnv)
                .awaitHttpOk("http://localhost:" + portWeb + "/", Duration.ofMinutes(3));
        subject = prepareConsultation();
    }

    @AfterAll
    void stop() throws Exception {
        for (AppProcess p : new AppProcess[] {web, b, a}) {
            if (p != null) {
                p.close();
            }
        }
    }

    Map<String, String> database() {
        return AppProcess.databaseEnvironment(db);
    }

    Map<String, String> backend(int port, boolean demo) {
        Map<String, String> env = database();
        env.put("SELARAS_BACKEND_PORT", Integer.toString(port));
        env.put("SELARAS_DEMO", Boolean.toString(demo));
        env.put("SELARAS_OIDC_ISSUER", Tokens.ISSUER);
        env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", tokens.publicKeyLocation());
        env.put("SELARAS_LIVE_POLL", "500ms");
        return env;
    }

    HttpGraphQlClient http(int port, String token) {
        return HttpGraphQlClient.builder(WebClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                        .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)))
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                }).build();
    }

    /** Opens a whole-plan consultation on the demo's revision draft; emits a node to comment on. */
    String prepareConsultation() {
        String planner = tokens.person("perencana", "BAPPEDA_PLANNER", "33.71");
        var plans = http(portA, planner).document("{ plans(kind: RPJMD, reference: false, first: 10) { edges { node { title currentDraft { id status version roots { id } } } } } }")
                .execute().block(Duration.ofSeconds(30));
        Map<String, Object> draft = plans.field("plans.edges[0].node.currentDraft").toEntity(Map.class);
        assertThat(draft.get("status")).isEqualTo("IN_CONSULTATION");
        String root = (String) ((Map<?, ?>) ((List<?>) draft.get("roots")).getFirst()).get("id");
        var opened = http(portA, planner).document("""
                mutation($in: OpenConsultationInput!) { openConsultation(input: $in) { consultation { id state } } }""")
                .variable("in", Map.of("planVersionId", draft.get("id"), "kind", "KONSULTASI_PUBLIK", "title", "Konsultasi publik",
                        "opensAt", Instant.now().minusSeconds(10).toString(), "closesAt", Instant.now().plusSeconds(86400).toString()))
                .execute().block(Duration.ofSeconds(30));
        assertThat(opened.getErrors()).isEmpty();
        return root;
    }

    void comment(int port, String body) {
        var r = http(port, tokens.person("warga-it", "CITIZEN", null)).document(ADD)
                .variable("in", Map.of("subjectId", subject, "body", body)).execute().block(Duration.ofSeconds(30));
        assertThat(r.getErrors()).as(body).isEmpty();
    }

    @SuppressWarnings("unchecked")
    Disposable subscribe(int port, String after, List<Map<String, Object>> into, AtomicReference<Throwable> ended) {
        return WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new ReactorNettyWebSocketClient()).build()
                .document(SUBSCRIBE).variable("s", subject).variable("after", after).executeSubscription()
                .map(r -> (Map<String, Object>) r.field("commentActivity").getValue())
                .subscribe(into::add, ended::set);
    }

    static List<Object> bodies(List<Map<String, Object>> events) {
        return events.stream().map(e -> ((Map<?, ?>) e.get("comment")).get("body")).map(Object.class::cast).toList();
    }

    @Test
    @Order(1)
    void bothInstancesAndTheWebUi_areHealthy_andServeTheDemoPlan() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int port : new int[] {portA, portB}) {
                var health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.body()).contains("\"status\":\"UP\"").contains("listen");
            }
            var page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portWeb + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        }
        var plans = http(portB, null).document("{ plans(kind: RPJMD, reference: false) { edges { node { title } } } }").execute().block(Duration.ofSeconds(30));
        assertThat((Object) plans.field("plans.edges[0].node.title").getValue()).isEqualTo("RPJMD Kota Magelang 2016–2021");
    }

    @Test
    @Order(2)
    void aCommentThroughA_reachesBsSubscriber_andAStoppedInstancesSubscriberResumesOnTheOther() throws Exception {
        List<Map<String, Object>> onB = new CopyOnWriteArrayList<>();
        Disposable subscriberOfB = subscribe(portB, null, onB, new AtomicReference<>());
        List<Map<String, Object>> onA = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> aEnded = new AtomicReference<>();
        Disposable subscriberOfA = subscribe(portA, null, onA, aEnded);
        Thread.sleep(1000);

        comment(portA, "Lewat instans A");
        await().atMost(Duration.ofSeconds(15)).until(() -> onB.size() == 1 && onA.size() == 1);
        assertThat(bodies(onB)).containsExactly("Lewat instans A");
        String lastSeenOnA = (String) onA.getLast().get("sequence");

        int exit = a.stop(Duration.ofSeconds(30));
        comment(portB, "Sementara A berhenti 1");
        comment(portB, "Sementara A berhenti 2");
        await().atMost(Duration.ofSeconds(15)).until(() -> aEnded.get() != null);
        assertThat(aEnded.get().getMessage()).contains("1012");

        List<Map<String, Object>> resumed = new CopyOnWriteArrayList<>();
        Disposable again = subscribe(portB, lastSeenOnA, resumed, new AtomicReference<>());
        await().atMost(Duration.ofSeconds(15)).until(() -> resumed.size() >= 2);
        Thread.sleep(1000);
        assertThat(bodies(resumed)).containsExactly("Sementara A berhenti 1", "Sementara A berhenti 2");
        assertThat(bodies(onB)).containsExactly("Lewat instans A", "Sementara A berhenti 1", "Sementara A berhenti 2");
        assertThat(exit).as("graceful exit code of the stopped instance").isIn(0, 143);
        subscriberOfA.dispose();
        subscriberOfB.dispose();
        again.dispose();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
