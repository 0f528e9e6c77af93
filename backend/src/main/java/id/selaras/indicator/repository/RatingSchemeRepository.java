package id.selaras.indicator.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.common.Rows;
import id.selaras.indicator.Band;
import id.selaras.indicator.RatingScheme;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for rating schemes and their bands. */
@Repository
public class RatingSchemeRepository {

    private static final String SELECT = """
            SELECT s.id, s.key, s.name, b.label, b.min_percent, b.max_percent, b.colour
            FROM rating_scheme s JOIN rating_band b ON b.scheme_id = s.id""";

    private final DatabaseClient db;

    RatingSchemeRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<List<RatingScheme>> all() {
        return load(SELECT + " ORDER BY s.id, b.position", Map.of()).map(m -> List.copyOf(m.values()));
    }

    public Mono<Map<Long, RatingScheme>> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return load(SELECT + " WHERE s.id = ANY(:ids) ORDER BY s.id, b.position", Map.of("ids", ids.toArray(Long[]::new)));
    }

    /** The scheme of each plan version's plan. */
    public Mono<Map<Long, Long>> schemeOfVersions(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT v.id, p.rating_scheme_id FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE v.id = ANY(:ids)")
                .bind("ids", versionIds.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "id"), Rows.id(row, "rating_scheme_id"))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Map<Long, RatingScheme>> load(String sql, Map<String, Object> binds) {
        return db.sql(sql).bindValues(binds)
                .map(row -> new Object[] {Rows.id(row, "id"), row.get("key", String.class), row.get("name", String.class),
                        new Band(row.get("label", String.class), Rows.dbl(row, "min_percent"), Rows.dbl(row, "max_percent"),
                                row.get("colour", String.class))})
                .all().collectList()
                .map(rows -> {
                    Map<Long, List<Object[]>> grouped = new LinkedHashMap<>();
                    rows.forEach(r -> grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
                    Map<Long, RatingScheme> result = new LinkedHashMap<>();
                    grouped.forEach((id, list) -> result.put(id, new RatingScheme(id, (String) list.getFirst()[1],
                            (String) list.getFirst()[2], list.stream().map(r -> (Band) r[3]).toList())));
                    return result;
                });
    }
}
