package id.selaras.exchange.repository;

import java.util.List;

import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import id.selaras.exchange.NomenclatureEntry;
import id.selaras.exchange.NomenclatureRegulation;
import id.selaras.exchange.NomenclatureRelease;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for nomenclature releases and their entries; a release's entries are replaced whole. */
@Repository
public class NomenclatureRepository {

    private static final int CHUNK = 2000;

    private final DatabaseClient db;

    NomenclatureRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<List<NomenclatureRelease>> releases() {
        return db.sql("SELECT * FROM nomenclature_release ORDER BY enacted_on").map(NomenclatureRepository::mapRelease).all().collectList();
    }

    public Mono<NomenclatureRelease> release(NomenclatureRegulation regulation) {
        return db.sql("SELECT * FROM nomenclature_release WHERE regulation = :r").bind("r", regulation.name())
                .map(NomenclatureRepository::mapRelease).one();
    }

    /** The newest imported release enacted before this one. */
    public Mono<NomenclatureRelease> previous(NomenclatureRelease release) {
        return db.sql("""
                        SELECT * FROM nomenclature_release WHERE imported_at IS NOT NULL AND enacted_on < :d AND id <> :id
                        ORDER BY enacted_on DESC LIMIT 1""")
                .bind("d", release.enactedOn()).bind("id", release.id()).map(NomenclatureRepository::mapRelease).one();
    }

    public Mono<NomenclatureRelease> newestImported() {
        return db.sql("SELECT * FROM nomenclature_release WHERE imported_at IS NOT NULL ORDER BY enacted_on DESC LIMIT 1")
                .map(NomenclatureRepository::mapRelease).one();
    }

    public Mono<List<NomenclatureEntry>> entries(long releaseId) {
        return db.sql("SELECT * FROM nomenclature_entry WHERE release_id = :r ORDER BY position").bind("r", releaseId)
                .map(NomenclatureRepository::mapEntry).all().collectList();
    }

    public Mono<Connection<NomenclatureEntry>> page(long releaseId, String prefix, Page page) {
        String sql = "SELECT *, count(*) over () AS total_count FROM nomenclature_entry WHERE release_id = :r"
                + (prefix == null ? "" : " AND code LIKE :prefix") + " ORDER BY position";
        return PagedQuery.run(db, sql, s -> {
            var spec = s.bind("r", releaseId);
            return prefix == null ? spec : spec.bind("prefix", prefix.replace("%", "").replace("_", "\\_") + "%");
        }, (row, meta) -> mapEntry(row), page);
    }

    /** Replaces a release's entries and marks it imported. */
    public Mono<Void> replace(long releaseId, List<NomenclatureEntry> entries, String actor) {
        Mono<Void> insert = Flux.fromIterable(chunks(entries)).concatMap(chunk -> db.sql("""
                        INSERT INTO nomenclature_entry (release_id, code, canonical_code, level, name, note, performance, indicator,
                                                        unit, position)
                        SELECT :r, * FROM unnest(:code::varchar[], :canonical::varchar[], :level::varchar[], :name::varchar[],
                                                 :note::varchar[], :performance::varchar[], :indicator::varchar[],
                                                 :unit::varchar[], :position::int[])""")
                        .bind("r", releaseId)
                        .bind("code", chunk.stream().map(NomenclatureEntry::code).toArray(String[]::new))
                        .bind("canonical", chunk.stream().map(NomenclatureEntry::canonicalCode).toArray(String[]::new))
                        .bind("level", chunk.stream().map(e -> e.level().name()).toArray(String[]::new))
                        .bind("name", chunk.stream().map(NomenclatureEntry::name).toArray(String[]::new))
                        .bind("note", chunk.stream().map(NomenclatureEntry::note).toArray(String[]::new))
                        .bind("performance", chunk.stream().map(NomenclatureEntry::performance).toArray(String[]::new))
                        .bind("indicator", chunk.stream().map(NomenclatureEntry::indicator).toArray(String[]::new))
                        .bind("unit", chunk.stream().map(NomenclatureEntry::unit).toArray(String[]::new))
                        .bind("position", chunk.stream().map(NomenclatureEntry::position).toArray(Integer[]::new))
                        .then())
                .then();
        return db.sql("DELETE FROM nomenclature_entry WHERE release_id = :r").bind("r", releaseId).then()
                .then(insert)
                .then(db.sql("""
                        UPDATE nomenclature_release SET imported_at = now(), imported_by = :actor, entry_count = :n
                        WHERE id = :r""").bind("r", releaseId).bind("actor", actor).bind("n", entries.size()).then());
    }

    private static List<List<NomenclatureEntry>> chunks(List<NomenclatureEntry> all) {
        List<List<NomenclatureEntry>> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    private static NomenclatureRelease mapRelease(Readable row) {
        return new NomenclatureRelease(Rows.id(row, "id"), NomenclatureRegulation.valueOf(row.get("regulation", String.class)),
                row.get("title", String.class), row.get("enacted_on", java.time.LocalDate.class),
                row.get("sub_kegiatan_digits", Integer.class), Rows.instant(row, "imported_at"),
                row.get("entry_count", Integer.class));
    }

    private static NomenclatureEntry mapEntry(Readable row) {
        return new NomenclatureEntry(row.get("code", String.class), row.get("canonical_code", String.class),
                NomenclatureEntry.Level.valueOf(row.get("level", String.class)), row.get("name", String.class),
                row.get("note", String.class), row.get("performance", String.class), row.get("indicator", String.class),
                row.get("unit", String.class), row.get("position", Integer.class));
    }
}
