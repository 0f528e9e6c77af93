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
import id.selaras.region.Region;
import id.selaras.region.RegionLevel;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for regions. */
@Repository
public class RegionRepository {

    private final DatabaseClient db;

    RegionRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Region> find(long id) {
        return db.sql("SELECT * FROM region WHERE id = :id").bind("id", id).map(RegionRepository::map).one();
    }

    public Mono<Region> findByCode(String code) {
        return db.sql("SELECT * FROM region WHERE code = :code").bind("code", code).map(RegionRepository::map).one();
    }

    public Mono<Map<Long, Region>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM region WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(RegionRepository::map).all()
                .collectMap(Region::id, Function.identity());
    }

    public Mono<Map<Long, List<Region>>> childrenOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM region WHERE parent_id = ANY(:ids) ORDER BY code")
                .bind("ids", ids.toArray(Long[]::new))
                .map(RegionRepository::map).all()
                .collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Region::parentId)));
    }

    public Mono<Connection<Region>> list(RegionLevel level, Long parentId, Page page) {
        String sql = "SELECT *, count(*) over () AS total_count FROM region WHERE true"
                + (level == null ? "" : " AND level = :level")
                + (parentId == null ? "" : " AND parent_id = :parent")
                + " ORDER BY code";
        return PagedQuery.run(db, sql, spec -> {
            var s = level == null ? spec : spec.bind("level", level.name());
            return parentId == null ? s : s.bind("parent", parentId);
        }, (row, meta) -> map(row), page);
    }

    public Mono<Region> insert(String code, String name, RegionLevel level, Long parentId) {
        return Rows.bind(db.sql("""
                        INSERT INTO region (code, name, level, parent_id) VALUES (:code, :name, :level, :parent)
                        RETURNING *""")
                        .bind("code", code).bind("name", name).bind("level", level.name()), "parent", parentId, Long.class)
                .map(RegionRepository::map).one();
    }

    static Region map(Readable row) {
        return new Region(Rows.id(row, "id"), row.get("code", String.class), row.get("name", String.class),
                RegionLevel.valueOf(row.get("level", String.class)), Rows.optionalId(row, "parent_id"),
                row.get("version", Integer.class));
    }
}
