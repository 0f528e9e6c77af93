package id.selaras.comment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.Errors;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Rate limits (per person and per address) and idempotent creates. */
@IntegrationTest
class GuardTest {

    static final String ADD = "mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }";

    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;

    String subject() {
        var w = fixtures.world();
        var c = fixtures.chain(w);
        fixtures.consultation(w);
        return Fixtures.id("CascadeNode", c.program().id());
    }

    @Test
    void aCitizensSixthCommentInAMinute_isRateLimited_withRetryAfter() {
        String subject = subject();
        var citizen = new Api(port).as(TestTokens.citizen("cepat-" + UUID.randomUUID()));
        for (int i = 1; i <= 5; i++) {
            citizen.document(ADD).variable("in", Map.of("subjectId", subject, "body", "Komentar " + i)).execute().errors().verify();
        }
        var error = Errors.expect(citizen.document(ADD).variable("in", Map.of("subjectId", subject, "body", "Keenam")).execute(),
                "RATE_LIMITED", "RATE_LIMITED", null);
        assertThat(((Number) error.getExtensions().get("retryAfter")).intValue()).isBetween(1, 60);
        assertThat(error.getMessage()).contains("detik");
    }

    @Test
    void aRetriedCreateWithTheSameKey_createsOneComment() throws Exception {
        String subject = subject();
        String user = "ulang-" + UUID.randomUUID();
        var citizen = new Api(port).as(TestTokens.citizen(user));
        Map<String, Object> in = Map.of("subjectId", subject, "body", "Sekali saja", "idempotencyKey", "k-" + UUID.randomUUID());
        List<Callable<String>> twice = List.of(
                () -> citizen.document(ADD).variable("in", in).execute().path("addComment.comment.id").entity(String.class).get(),
                () -> citizen.document(ADD).variable("in", in).execute().path("addComment.comment.id").entity(String.class).get());
        try (var pool = Executors.newFixedThreadPool(2)) {
            var results = pool.invokeAll(twice);
            assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
        }
        String third = citizen.document(ADD).variable("in", in).execute().path("addComment.comment.id").entity(String.class).get();
        Long rows = db.sql("SELECT count(*) AS n FROM comment WHERE author = :a").bind("a", user).map(r -> r.get("n", Long.class)).one().block();
        assertThat(rows).isEqualTo(1);
        assertThat(third).isNotBlank();
        Errors.expect(citizen.document("mutation($in: SubmitAspirationInput!) { submitAspiration(input: $in) { aspiration { id } } }")
                .variable("in", Map.of("regionId", Fixtures.id("Region", fixtures.world().region().id()), "title", "x", "body", "y",
                        "topic", "LAINNYA", "idempotencyKey", in.get("idempotencyKey"))).execute(),
                "CONFLICT", "IDEMPOTENCY_KEY_REUSED", "input.idempotencyKey");
    }

}
