package id.selaras.audit.repository;

import id.selaras.audit.ChangeAction;
import id.selaras.audit.ChangeEvent;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads the event log. */
@Repository
public class ChangeRepository {

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

    public static ChangeEvent map(Readable row) {
        Json before = row.get("before", Json.class);
        Json after = row.get("after", Json.class);
        return new ChangeEvent(Rows.id(row, "sequence"), Rows.instant(row, "occurred_at"), row.get("actor", String.class),
                row.get("entity_type", String.class), Rows.id(row, "entity_id"),
                ChangeAction.valueOf(row.get("action", String.class)), Rows.optionalId(row, "region_id"),
                Rows.optionalId(row, "plan_version_id"), before == null ? null : before.asString(),
                after == null ? null : after.asString());
    }
}
