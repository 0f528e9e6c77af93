package id.selaras.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import id.selaras.SelarasApplication;
import id.selaras.live.EventRelay;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL restarted under a write load: the backend recovers by itself, every write it acknowledged is there
 * afterwards, its LISTEN connection comes back, the pool does not leak, and a subscriber that reconnects with the last
 * sequence it saw is replayed everything it missed. The database is an embedded server of this test's own, so the
 * restart disturbs nothing else.
 */
class DatabaseRestartTest {

    @Test
    void aDatabaseRestartDuringWrites_losesNothing() throws Exception {
        Path data = Files.createTempDirectory("selaras-restart");
        int port = freePort();
        EmbeddedPostgres pg = start(data, port);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE selaras");
        }
        var context = new SpringApplicationBuilder(SelarasApplication.class)
                .initializers(new TestTokens.Initializer())
                .run("--server.port=0", "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + port + "/selaras",
                        "--spring.r2dbc.username=postgres", "--spring.r2dbc.password=",
                        "--spring.flyway.url=jdbc:postgresql://localhost:" + port + "/selaras", "--spring.flyway.user=postgres",
                        "--selaras.live.poll=300ms", "--selaras.rate-limit.enabled=false");
        try {
            int http = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            var fixtures = new Fixtures(context.getBean(id.selaras.region.RegionService.class),
                    context.getBean(id.selaras.plan.PlanService.class), context.getBean(id.selaras.cascade.CascadeService.class),
                    context.getBean(id.selaras.indicator.IndicatorService.class),
                    context.getBean(id.selaras.consultation.ConsultationService.class),
                    context.getBean(id.selaras.aspiration.AspirationService.class),
                    context.getBean(id.selaras.demo.DemoPlanLoader.class), context.getBean(id.selaras.demo.ReferencePlanLoader.class));
            var w = fixtures.world();
            var chain = fixtures.chain(w);
            fixtures.consultation(w);
            String subject = Fixtures.id("CascadeNode", chain.program().id());
            var client = HttpGraphQlClient.builder(WebClient.builder().baseUrl("http://localhost:" + http + "/graphql"))
                    .headers(h -> h.setBearerAuth(TestTokens.citizen("beban"))).build();

            List<String> received = new CopyOnWriteArrayList<>();
            AtomicLong lastSeen = new AtomicLong();
            var subscription = WebSocketGraphQlClient.builder("ws://localhost:" + http + "/graphql", new ReactorNettyWebSocketClient())
                    .build().document("subscription($s: ID!) { commentActivity(subject: $s) { sequence comment { body } } }")
                    .variable("s", subject).executeSubscription()
                    .subscribe(r -> {
                        received.add(r.field("commentActivity.comment.body").getValue());
                        lastSeen.set(Long.parseLong(r.field("commentActivity.sequence").getValue()));
                    }, e -> { });

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread load = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    String body = "tulis-" + i;
                    try {
                        var r = client.document("mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }")
                                .variable("in", Map.of("subjectId", subject, "body", body)).execute().block(Duration.ofSeconds(15));
                        if (r != null && r.getErrors().isEmpty()) {
                            acknowledged.add(body);
                        }
                    } catch (RuntimeException refused) {
                        // the database is down: this write was not acknowledged
                    }
                    sleep(50);
                }
            });
            load.start();
            sleep(2000);

            pg.close();
            Instant down = Instant.now();
            sleep(1500);
            pg = start(data, port);
            int before = acknowledged.size();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> acknowledged.size() > before + 3);
            Duration recovery = Duration.between(down, Instant.now());
            sleep(2000);
            writing.set(false);
            load.join();

            EventRelay relay = context.getBean(EventRelay.class);
            await().atMost(Duration.ofSeconds(30)).until(relay::listening);
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/selaras?user=postgres");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT body FROM comment")) {
                Set<String> stored = new java.util.HashSet<>();
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
                assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
            }
            // the subscriber's socket may have survived (the backend did not restart); if it lost events it
            // reconnects with the last sequence it saw and must then hold every acknowledged comment
            subscription.dispose();
            List<String> replayed = new CopyOnWriteArrayList<>(received);
            var again = WebSocketGraphQlClient.builder("ws://localhost:" + http + "/graphql", new ReactorNettyWebSocketClient())
                    .build().document("subscription($s: ID!, $a: String) { commentActivity(subject: $s, after: $a) { comment { body } } }")
                    .variable("s", subject).variable("a", Long.toString(lastSeen.get())).executeSubscription()
                    .subscribe(r -> replayed.add(r.field("commentActivity.comment.body").getValue()), e -> { });
            await().atMost(Duration.ofSeconds(20)).until(() -> replayed.containsAll(acknowledged));
            again.dispose();

            ConnectionPool pool = unwrapPool(context.getBean(ConnectionFactory.class));
            await().atMost(Duration.ofSeconds(10)).until(() -> pool.getMetrics().orElseThrow().acquiredSize() == 0);
            System.out.printf("%nDatabase restart: recovered in %d ms; %d writes acknowledged, %d found; events missed: %d%n",
                    recovery.toMillis(), acknowledged.size(), acknowledged.size(), acknowledged.stream().filter(b -> !replayed.contains(b)).count());
        } finally {
            context.close();
            pg.close();
        }
    }

    private static ConnectionPool unwrapPool(ConnectionFactory cf) {
        Object current = cf;
        for (int i = 0; i < 5 && !(current instanceof ConnectionPool); i++) {
            current = ((Wrapped<?>) current).unwrap();
        }
        return (ConnectionPool) current;
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
