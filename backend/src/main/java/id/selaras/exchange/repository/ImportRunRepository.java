package id.selaras.exchange.repository;

import java.util.UUID;

import id.selaras.common.Rows;
import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for import runs: a dry run's request and report, and what became of it. */
@Repository
public class ImportRunRepository {

    /** A stored run. */
    public record Run(long id, UUID publicId, UUID uploadId, String actor, String request, String status) {
    }

    private final DatabaseClient db;

    ImportRunRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Run> insert(UUID publicId, UUID uploadId, String actor, String request, String report, String status) {
        return Rows.bind(db.sql("""
                        INSERT INTO plan_import (public_id, upload_id, actor, request, report, status)
                        VALUES (:public, :upload, :actor, :request, :report, :status) RETURNING id"""), "upload", uploadId, UUID.class)
                .bind("public", publicId).bind("actor", actor).bind("request", Json.of(request))
                .bind("report", Json.of(report)).bind("status", status)
                .map(row -> new Run(Rows.id(row, "id"), publicId, uploadId, actor, request, status)).one();
    }

    public Mono<Run> find(UUID publicId) {
        return db.sql("SELECT id, public_id, upload_id, actor, request::text AS request, status FROM plan_import WHERE public_id = :p")
                .bind("p", publicId)
                .map(row -> new Run(Rows.id(row, "id"), row.get("public_id", UUID.class), row.get("upload_id", UUID.class),
                        row.get("actor", String.class), row.get("request", String.class), row.get("status", String.class)))
                .one();
    }

    /** Records the outcome; only a run still in {@code from} changes (so one run is applied once). */
    public Mono<Long> finish(long id, String from, String status, String report, Long versionId) {
        return Rows.bind(db.sql("""
                        UPDATE plan_import SET status = :status, report = :report, plan_version_id = :version,
                               applied_at = CASE WHEN :status = 'APPLIED' THEN now() END
                        WHERE id = :id AND status = :from"""), "version", versionId, Long.class)
                .bind("id", id).bind("from", from).bind("status", status).bind("report", Json.of(report))
                .fetch().rowsUpdated();
    }
}
