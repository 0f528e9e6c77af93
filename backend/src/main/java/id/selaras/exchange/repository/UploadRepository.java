package id.selaras.exchange.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import id.selaras.common.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for uploaded files waiting to be imported. */
@Repository
public class UploadRepository {

    private final DatabaseClient db;

    UploadRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(UUID id, String fileName, byte[] content, String sha256, String actor, Instant expiresAt) {
        return Rows.bind(db.sql("""
                        INSERT INTO exchange_upload (id, file_name, size_bytes, sha256, content, uploaded_by, expires_at)
                        VALUES (:id, :name, :size, :sha, :content, :actor, :expires)"""), "name", fileName, String.class)
                .bind("id", id).bind("size", content.length).bind("sha", sha256)
                .bind("content", java.nio.ByteBuffer.wrap(content)).bind("actor", actor)
                .bind("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .then();
    }

    /** The content of an upload that has not expired. */
    public Mono<byte[]> content(UUID id) {
        return db.sql("SELECT content FROM exchange_upload WHERE id = :id AND expires_at > now()").bind("id", id)
                .map(row -> {
                    java.nio.ByteBuffer b = row.get("content", java.nio.ByteBuffer.class);
                    byte[] bytes = new byte[b.remaining()];
                    b.get(bytes);
                    return bytes;
                }).one();
    }

    public Mono<Long> deleteExpired() {
        return db.sql("DELETE FROM exchange_upload WHERE expires_at <= now()").fetch().rowsUpdated();
    }
}
