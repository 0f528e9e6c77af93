package id.selaras.indicator.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.selaras.common.Rows;
import id.selaras.indicator.Period;
import id.selaras.indicator.Realisation;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for realisations, which belong to an indicator lineage. */
@Repository
public class RealisationRepository {

    private final DatabaseClient db;

    RealisationRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Realisation> find(long id) {
        return db.sql("SELECT * FROM realisation WHERE id = :id").bind("id", id).map(RealisationRepository::map).one();
    }

    public Mono<Map<Long, List<Realisation>>> ofLineages(Collection<Long> lineageIds) {
        if (lineageIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM realisation WHERE lineage_id = ANY(:ids) ORDER BY year, period")
                .bind("ids", lineageIds.toArray(Long[]::new))
                .map(RealisationRepository::map).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Realisation::lineageId)));
    }

    public Mono<Realisation> findByPeriod(long lineageId, int year, Period period) {
        return db.sql("SELECT * FROM realisation WHERE lineage_id = :l AND year = :y AND period = :p")
                .bind("l", lineageId).bind("y", year).bind("p", period.name()).map(RealisationRepository::map).one();
    }

    public Mono<Realisation> insert(long lineageId, int year, Period period, double value, String evidence, String actor) {
        return Rows.bind(db.sql("""
                        INSERT INTO realisation (lineage_id, year, period, value, evidence, reported_by)
                        VALUES (:l, :y, :p, :value, :evidence, :actor) RETURNING *""")
                        .bind("l", lineageId).bind("y", year).bind("p", period.name())
                        .bind("value", java.math.BigDecimal.valueOf(value)).bind("actor", actor), "evidence", evidence, String.class)
                .map(RealisationRepository::map).one();
    }

    /** A corrected value is unverified again. Empty when the version is stale. */
    public Mono<Realisation> update(long id, int version, double value, String evidence, String actor) {
        return Rows.bind(db.sql("""
                        UPDATE realisation SET value = :value, evidence = :evidence, reported_by = :actor, reported_at = now(),
                            verified_at = NULL, verified_by = NULL, version = version + 1
                        WHERE id = :id AND version = :version RETURNING *""")
                        .bind("id", id).bind("version", version).bind("value", java.math.BigDecimal.valueOf(value))
                        .bind("actor", actor), "evidence", evidence, String.class)
                .map(RealisationRepository::map).one();
    }

    public Mono<Realisation> verify(long id, int version, String actor) {
        return db.sql("""
                        UPDATE realisation SET verified_at = now(), verified_by = :actor, version = version + 1
                        WHERE id = :id AND version = :version RETURNING *""")
                .bind("id", id).bind("version", version).bind("actor", actor)
                .map(RealisationRepository::map).one();
    }

    public Mono<Long> delete(long id, int version) {
        return db.sql("DELETE FROM realisation WHERE id = :id AND version = :version").bind("id", id).bind("version", version)
                .fetch().rowsUpdated();
    }

    /** The indicator of a lineage in the newest version that is adopted, else the newest version holding it. */
    public Mono<Long> currentIndicator(long lineageId) {
        return db.sql("""
                        SELECT i.id FROM indicator i JOIN plan_version v ON v.id = i.plan_version_id
                        WHERE i.lineage_id = :l ORDER BY (v.status = 'ADOPTED') DESC, v.number DESC LIMIT 1""")
                .bind("l", lineageId).map(row -> Rows.id(row, "id")).one();
    }

    static Realisation map(Readable row) {
        return new Realisation(Rows.id(row, "id"), Rows.id(row, "lineage_id"), 0, row.get("year", Integer.class),
                Period.valueOf(row.get("period", String.class)), Rows.dbl(row, "value"), row.get("evidence", String.class),
                Rows.instant(row, "reported_at"), row.get("reported_by", String.class), Rows.instant(row, "verified_at"),
                row.get("verified_by", String.class), row.get("version", Integer.class));
    }
}
