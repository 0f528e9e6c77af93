package id.selaras.aspiration.repository;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.aspiration.Aspiration;
import id.selaras.aspiration.AspirationLink;
import id.selaras.aspiration.AspirationStatistics;
import id.selaras.aspiration.AspirationStatus;
import id.selaras.aspiration.AspirationStep;
import id.selaras.aspiration.AspirationTopic;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for aspirations, their links and status trail. */
@Repository
public class AspirationRepository {

    private final DatabaseClient db;

    AspirationRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Aspiration> find(long id) {
        return db.sql("SELECT * FROM aspiration WHERE id = :id").bind("id", id).map(AspirationRepository::map).one();
    }

    public Mono<Map<Long, Aspiration>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM aspiration WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(AspirationRepository::map).all().collectMap(Aspiration::id, Function.identity());
    }

    /** Aspirations by author, or of regions, newest first. */
    public Mono<Connection<Aspiration>> list(String author, List<Long> regionIds, AspirationStatus status, AspirationTopic topic,
                                            Page page) {
        String sql = "SELECT *, count(*) over () AS total_count FROM aspiration WHERE "
                + (author != null ? "author = :author" : "region_id = ANY(:regions)")
                + (status == null ? "" : " AND status = :status")
                + (topic == null ? "" : " AND topic = :topic")
                + " ORDER BY submitted_at DESC, id DESC";
        return PagedQuery.run(db, sql, spec -> {
            var s = author != null ? spec.bind("author", author) : spec.bind("regions", regionIds.toArray(Long[]::new));
            s = status == null ? s : s.bind("status", status.name());
            return topic == null ? s : s.bind("topic", topic.name());
        }, (row, meta) -> map(row), page);
    }

    public Mono<Aspiration> insert(long regionId, Long areaId, String author, String title, String body, AspirationTopic topic) {
        return Rows.bind(db.sql("""
                        INSERT INTO aspiration (region_id, area_id, author, title, body, topic)
                        VALUES (:region, :area, :author, :title, :body, :topic) RETURNING *""")
                        .bind("region", regionId).bind("author", author).bind("title", title).bind("body", body)
                        .bind("topic", topic.name()), "area", areaId, Long.class)
                .map(AspirationRepository::map).one();
    }

    public Mono<Aspiration> assign(long id, int version, Long opdId) {
        return Rows.bind(db.sql("""
                        UPDATE aspiration SET assigned_opd_id = :opd, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version RETURNING *""")
                        .bind("id", id).bind("version", version), "opd", opdId, Long.class)
                .map(AspirationRepository::map).one();
    }

    public Mono<Aspiration> changeStatus(long id, int version, AspirationStatus status) {
        return db.sql("""
                        UPDATE aspiration SET status = :status, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version RETURNING *""")
                .bind("id", id).bind("version", version).bind("status", status.name())
                .map(AspirationRepository::map).one();
    }

    public Mono<AspirationStep> addStep(long id, AspirationStatus status, String reason, String actor) {
        return Rows.bind(db.sql("""
                        INSERT INTO aspiration_step (aspiration_id, status, reason, actor) VALUES (:id, :status, :reason, :actor)
                        RETURNING *""")
                        .bind("id", id).bind("status", status.name()).bind("actor", actor), "reason", reason, String.class)
                .map(AspirationRepository::step).one();
    }

    public Mono<Map<Long, List<AspirationStep>>> steps(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM aspiration_step WHERE aspiration_id = ANY(:ids) ORDER BY id")
                .bind("ids", ids.toArray(Long[]::new)).map(AspirationRepository::step).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(AspirationStep::aspirationId)));
    }

    public Mono<Void> replaceLinks(long id, List<Long> nodeIds, List<Long> indicatorIds, String actor) {
        return db.sql("DELETE FROM aspiration_link WHERE aspiration_id = :id").bind("id", id).fetch().rowsUpdated()
                .then(db.sql("""
                        INSERT INTO aspiration_link (aspiration_id, node_id, indicator_id, linked_by)
                        SELECT :id, n, NULL, :actor FROM unnest(CAST(:nodes AS bigint[])) n
                        UNION ALL SELECT :id, NULL, i, :actor FROM unnest(CAST(:indicators AS bigint[])) i""")
                        .bind("id", id).bind("actor", actor).bind("nodes", nodeIds.toArray(Long[]::new))
                        .bind("indicators", indicatorIds.toArray(Long[]::new)).fetch().rowsUpdated())
                .then();
    }

    public Mono<Map<Long, List<AspirationLink>>> links(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM aspiration_link WHERE aspiration_id = ANY(:ids) ORDER BY linked_at")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> new AspirationLink(Rows.id(row, "aspiration_id"), Rows.optionalId(row, "node_id"),
                        Rows.optionalId(row, "indicator_id")))
                .all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(AspirationLink::aspirationId)));
    }

    public Mono<AspirationStatistics> statistics(long regionId) {
        return db.sql("""
                        SELECT status, topic, area_id, count(*) AS n,
                               GROUPING(status) AS gs, GROUPING(topic) AS gt, GROUPING(area_id) AS ga
                        FROM aspiration WHERE region_id = :r GROUP BY GROUPING SETS ((status), (topic), (area_id), ())""")
                .bind("r", regionId)
                .map(row -> new Object[] {row.get("status", String.class), row.get("topic", String.class),
                        Rows.optionalId(row, "area_id"), row.get("n", Long.class).intValue(),
                        row.get("gs", Integer.class) == 0 ? "status" : row.get("gt", Integer.class) == 0 ? "topic"
                                : row.get("ga", Integer.class) == 0 ? "area" : "total"})
                .all().collectList()
                .map(rows -> {
                    Map<AspirationStatus, Integer> byStatus = new EnumMap<>(AspirationStatus.class);
                    Map<AspirationTopic, Integer> byTopic = new EnumMap<>(AspirationTopic.class);
                    Map<Long, Integer> byArea = new HashMap<>();
                    int total = 0;
                    for (Object[] r : rows) {
                        int n = (Integer) r[3];
                        switch ((String) r[4]) {
                            case "status" -> byStatus.put(AspirationStatus.valueOf((String) r[0]), n);
                            case "topic" -> byTopic.put(AspirationTopic.valueOf((String) r[1]), n);
                            case "area" -> byArea.put(r[2] == null ? 0L : (Long) r[2], n);
                            default -> total = n;
                        }
                    }
                    return new AspirationStatistics(total, byStatus, byTopic, byArea);
                });
    }

    // ---- merged duplicates (issue 10) -------------------------------------------------------------------------

    /** Marks aspirations as merged into a primary one; each gets the primary's status and a new version. */
    public Mono<List<Aspiration>> merge(List<Long> ids, long primaryId, AspirationStatus status) {
        return db.sql("""
                        UPDATE aspiration SET merged_into_id = :primary, status = :status, version = version + 1, updated_at = now()
                        WHERE id = ANY(:ids) AND merged_into_id IS NULL RETURNING *""")
                .bind("primary", primaryId).bind("status", status.name()).bind("ids", ids.toArray(Long[]::new))
                .map(AspirationRepository::map).all().collectList();
    }

    /** The aspirations merged into one, oldest first. */
    public Mono<List<Aspiration>> mergedInto(long primaryId) {
        return db.sql("SELECT * FROM aspiration WHERE merged_into_id = :id ORDER BY id").bind("id", primaryId)
                .map(AspirationRepository::map).all().collectList();
    }

    /** For each of the aspirations, the ids merged into it (one query for a whole list). */
    public Mono<Map<Long, List<Long>>> mergedIds(Collection<Long> primaryIds) {
        if (primaryIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT id, merged_into_id FROM aspiration WHERE merged_into_id = ANY(:ids) ORDER BY id")
                .bind("ids", primaryIds.toArray(Long[]::new))
                .map(row -> new long[] {Rows.id(row, "merged_into_id"), Rows.id(row, "id")}).all().collectList()
                .map(rows -> rows.stream().collect(Collectors.groupingBy(r -> r[0],
                        Collectors.mapping(r -> r[1], Collectors.toList()))));
    }

    /** For each of the aspirations that is merged, the primary's id. */
    public Mono<Map<Long, Long>> primaryIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT id, merged_into_id FROM aspiration WHERE id = ANY(:ids) AND merged_into_id IS NOT NULL")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "id"), Rows.id(row, "merged_into_id"))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** A merged aspiration follows its primary's status (no version check: the primary's change decides). */
    public Mono<Aspiration> followStatus(long id, AspirationStatus status) {
        return db.sql("""
                        UPDATE aspiration SET status = :status, version = version + 1, updated_at = now()
                        WHERE id = :id RETURNING *""")
                .bind("id", id).bind("status", status.name()).map(AspirationRepository::map).one();
    }

    static Aspiration map(Readable row) {
        return new Aspiration(Rows.id(row, "id"), Rows.id(row, "region_id"), Rows.optionalId(row, "area_id"),
                row.get("author", String.class), row.get("title", String.class), row.get("body", String.class),
                AspirationTopic.valueOf(row.get("topic", String.class)), AspirationStatus.valueOf(row.get("status", String.class)),
                Rows.optionalId(row, "assigned_opd_id"), Rows.instant(row, "submitted_at"), Rows.instant(row, "updated_at"),
                row.get("version", Integer.class));
    }

    static AspirationStep step(Readable row) {
        return new AspirationStep(Rows.id(row, "id"), Rows.id(row, "aspiration_id"),
                AspirationStatus.valueOf(row.get("status", String.class)), row.get("reason", String.class), Rows.instant(row, "at"));
    }
}
