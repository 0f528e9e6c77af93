package id.selaras.audit.repository;

import id.selaras.audit.ChangeAction;
import id.selaras.audit.ChangeEvent;
import id.selaras.audit.EventBatch;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the event log. */
@Repository
public class ChangeRepository {

    private static final String SNAPSHOT = """
            SELECT /* relay */ pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
                   pg_snapshot_xmax(pg_current_snapshot())::text AS xmax,
                   (SELECT coalesce(max(sequence), 0) FROM event) AS top""";

    private final DatabaseClient db;

    ChangeRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Connection<ChangeEvent>> ofPlanVersion(long planVersionId, Page page) {
        return PagedQuery.run(db, """
                SELECT *, count(*) over () AS total_count FROM event
                WHERE plan_version_id = :v ORDER BY sequence""",
                spec -> spec.bind("v", planVersionId), (row, meta) -> map(row), page);
    }

    /** Events in {@code (after, upTo]}, oldest first, at most {@code limit}. */
    public Flux<ChangeEvent> between(long after, long upTo, int limit) {
        return db.sql("SELECT * FROM event WHERE sequence > :a AND sequence <= :b ORDER BY sequence LIMIT :l")
                .bind("a", after).bind("b", upTo).bind("l", limit).map(ChangeRepository::map).all();
    }

    /** Committed events after a sequence, then the transaction bounds (taken after the read, see {@link EventBatch}). */
    public Mono<EventBatch> after(long after, int limit) {
        return db.sql("SELECT /* relay */ * FROM event WHERE sequence > :a ORDER BY sequence LIMIT :l")
                .bind("a", after).bind("l", limit).map(ChangeRepository::map).all().collectList()
                .flatMap(events -> db.sql(SNAPSHOT)
                        .map(row -> new EventBatch(events, Long.parseLong(row.get("xmin", String.class)),
                                Long.parseLong(row.get("xmax", String.class)), row.get("top", Long.class)))
                        .one());
    }

    public Mono<Long> top() {
        return db.sql("SELECT coalesce(max(sequence), 0) AS top FROM event").map(row -> row.get("top", Long.class)).one();
    }

    public static ChangeEvent map(Readable row) {
        Json before = row.get("before", Json.class);
        Json after = row.get("after", Json.class);
        return new ChangeEvent(Rows.id(row, "sequence"), Rows.instant(row, "occurred_at"), row.get("actor", String.class),
                row.get("entity_type", String.class), Rows.id(row, "entity_id"),
                ChangeAction.valueOf(row.get("action", String.class)), Rows.optionalId(row, "region_id"),
                Rows.optionalId(row, "plan_version_id"), before == null ? null : before.asString(),
                after == null ? null : after.asString(), row.get("subject_type", String.class),
                Rows.optionalId(row, "subject_id"), Rows.optionalId(row, "consultation_id"), row.get("owner", String.class));
    }
}
