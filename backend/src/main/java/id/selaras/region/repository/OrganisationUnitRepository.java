package id.selaras.region.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import id.selaras.region.OrganisationUnit;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for OPDs. */
@Repository
public class OrganisationUnitRepository {

    private final DatabaseClient db;

    OrganisationUnitRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<OrganisationUnit> find(long id) {
        return db.sql("SELECT * FROM organisation_unit WHERE id = :id").bind("id", id).map(OrganisationUnitRepository::map).one();
    }

    public Mono<OrganisationUnit> findByCode(long regionId, String code) {
        return db.sql("SELECT * FROM organisation_unit WHERE region_id = :r AND code = :c")
                .bind("r", regionId).bind("c", code).map(OrganisationUnitRepository::map).one();
    }

    public Mono<Map<Long, OrganisationUnit>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM organisation_unit WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(OrganisationUnitRepository::map).all()
                .collectMap(OrganisationUnit::id, Function.identity());
    }

    public Mono<Map<Long, List<OrganisationUnit>>> ofRegions(Collection<Long> regionIds) {
        if (regionIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM organisation_unit WHERE region_id = ANY(:ids) ORDER BY code")
                .bind("ids", regionIds.toArray(Long[]::new))
                .map(OrganisationUnitRepository::map).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(OrganisationUnit::regionId)));
    }

    public Mono<Connection<OrganisationUnit>> ofRegion(long regionId, Page page) {
        return PagedQuery.run(db, """
                SELECT *, count(*) over () AS total_count FROM organisation_unit WHERE region_id = :r ORDER BY code""",
                spec -> spec.bind("r", regionId), (row, meta) -> map(row), page);
    }

    public Mono<OrganisationUnit> insert(long regionId, String code, String name, String shortName) {
        return Rows.bind(db.sql("""
                        INSERT INTO organisation_unit (region_id, code, name, short_name)
                        VALUES (:r, :code, :name, :short) RETURNING *""")
                        .bind("r", regionId).bind("code", code).bind("name", name), "short", shortName, String.class)
                .map(OrganisationUnitRepository::map).one();
    }

    /** Empty when the version is stale. */
    public Mono<OrganisationUnit> update(long id, int version, String name, String shortName) {
        return Rows.bind(db.sql("""
                        UPDATE organisation_unit SET name = :name, short_name = :short, version = version + 1
                        WHERE id = :id AND version = :version RETURNING *""")
                        .bind("id", id).bind("version", version).bind("name", name), "short", shortName, String.class)
                .map(OrganisationUnitRepository::map).one();
    }

    static OrganisationUnit map(Readable row) {
        return new OrganisationUnit(Rows.id(row, "id"), Rows.id(row, "region_id"), row.get("code", String.class),
                row.get("name", String.class), row.get("short_name", String.class), row.get("version", Integer.class));
    }
}
