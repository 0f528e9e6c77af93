package id.selaras.security.repository;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for rate-limit windows and idempotency keys, shared by every backend instance through the database. */
@Repository
public class GuardRepository {

    private final DatabaseClient db;

    GuardRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Counts a hit in the window starting at {@code window}; emits the hits so far. */
    public Mono<Integer> hit(String key, Instant window) {
        return db.sql("""
                        INSERT INTO rate_limit (key, window_start, hits) VALUES (:k, :w, 1)
                        ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit.hits + 1 RETURNING hits""")
                .bind("k", key).bind("w", window).map(row -> row.get("hits", Integer.class)).one();
    }

    public Mono<Long> forgetBefore(Instant before) {
        return db.sql("DELETE FROM rate_limit WHERE window_start < :b").bind("b", before).fetch().rowsUpdated();
    }


    public Mono<String> operationOf(String actor, String key) {
        return db.sql("SELECT operation FROM idempotency WHERE actor = :a AND key = :k").bind("a", actor).bind("k", key)
                .map(row -> row.get("operation", String.class)).one();
    }

    public Mono<Long> resultOf(String actor, String key) {
        return db.sql("SELECT result_id FROM idempotency WHERE actor = :a AND key = :k").bind("a", actor).bind("k", key)
                .map(row -> row.get("result_id", Long.class)).one();
    }

    /** Emits true when the key was new (the caller's result now stands for it). */
    public Mono<Boolean> remember(String actor, String key, String operation, long resultId) {
        return db.sql("""
                        INSERT INTO idempotency (actor, key, operation, result_id) VALUES (:a, :k, :o, :r)
                        ON CONFLICT (actor, key) DO NOTHING""")
                .bind("a", actor).bind("k", key).bind("o", operation).bind("r", resultId)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    public Mono<Long> forgetIdempotentBefore(Instant before) {
        return db.sql("DELETE FROM idempotency WHERE created_at < :b").bind("b", before).fetch().rowsUpdated();
    }
}
