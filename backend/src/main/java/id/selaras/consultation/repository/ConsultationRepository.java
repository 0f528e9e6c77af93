package id.selaras.consultation.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import id.selaras.consultation.Consultation;
import id.selaras.consultation.ConsultationKind;
import id.selaras.consultation.ConsultationState;
import id.selaras.consultation.Meeting;
import id.selaras.consultation.ParticipationStatistics;
import id.selaras.consultation.StakeholderCategory;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** SQL for consultations, their scope and meetings. */
@Repository
public class ConsultationRepository {

    private final DatabaseClient db;
    private final ObjectMapper json;

    ConsultationRepository(DatabaseClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    public Mono<Consultation> find(long id) {
        return db.sql("SELECT * FROM consultation WHERE id = :id").bind("id", id).map(ConsultationRepository::map).one();
    }

    public Mono<Map<Long, Consultation>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM consultation WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(ConsultationRepository::map).all().collectMap(Consultation::id, Function.identity());
    }

    /**
     * Consultations of versions in the given statuses (the public's) or of the staff's regions, newest first.
     */
    public Mono<Connection<Consultation>> list(ConsultationState state, Long versionId, Long regionId, List<String> staffRegions,
                                               boolean all, Page page) {
        String sql = """
                SELECT c.*, count(*) over () AS total_count FROM consultation c
                JOIN plan_version v ON v.id = c.plan_version_id JOIN plan p ON p.id = v.plan_id
                LEFT JOIN region r ON r.id = p.region_id
                WHERE (v.status <> 'DRAFT'""" + (all ? " OR true" : " OR r.code = ANY(:staff)") + ")"
                + (versionId == null ? "" : " AND c.plan_version_id = :v")
                + (regionId == null ? "" : " AND p.region_id = :region")
                + (state == null ? "" : switch (state) {
                    case SCHEDULED -> " AND now() < c.opens_at";
                    case OPEN -> " AND now() >= c.opens_at AND now() < c.closes_at";
                    case CLOSED -> " AND now() >= c.closes_at";
                })
                + " ORDER BY c.closes_at DESC, c.id DESC";
        return PagedQuery.run(db, sql, spec -> {
            var s = all ? spec : spec.bind("staff", staffRegions.toArray(String[]::new));
            s = versionId == null ? s : s.bind("v", versionId);
            return regionId == null ? s : s.bind("region", regionId);
        }, (row, meta) -> map(row), page);
    }

    /** The open consultation (closing first) in which comments on this subject are taken, if any. */
    public Mono<Consultation> openCovering(long versionId, Long nodeId, Long indicatorId) {
        return Rows.bind(Rows.bind(db.sql("""
                        WITH RECURSIVE anc AS (
                          SELECT id, parent_id FROM cascade_node WHERE id = :node
                          UNION ALL SELECT c.id, c.parent_id FROM cascade_node c JOIN anc ON c.id = anc.parent_id)
                        SELECT c.* FROM consultation c
                        WHERE c.plan_version_id = :v AND now() >= c.opens_at AND now() < c.closes_at
                          AND (c.whole_plan OR EXISTS (SELECT 1 FROM consultation_scope s WHERE s.consultation_id = c.id
                               AND (s.node_id IN (SELECT id FROM anc) OR s.indicator_id = :indicator)))
                        ORDER BY c.closes_at, c.id LIMIT 1""").bind("v", versionId),
                        "node", nodeId, Long.class), "indicator", indicatorId, Long.class)
                .map(ConsultationRepository::map).one();
    }

    public Mono<Consultation> insert(long versionId, ConsultationKind kind, String title, String description, Long areaId,
                                     boolean wholePlan, Instant opensAt, Instant closesAt, String actor) {
        var spec = db.sql("""
                INSERT INTO consultation (plan_version_id, kind, title, description, area_id, whole_plan, opens_at, closes_at, created_by)
                VALUES (:v, :kind, :title, :description, :area, :whole, :opens, :closes, :actor) RETURNING *""")
                .bind("v", versionId).bind("kind", kind.name()).bind("title", title).bind("whole", wholePlan)
                .bind("opens", opensAt).bind("closes", closesAt).bind("actor", actor);
        spec = Rows.bind(spec, "description", description, String.class);
        spec = Rows.bind(spec, "area", areaId, Long.class);
        return spec.map(ConsultationRepository::map).one();
    }

    public Mono<Void> insertScope(long id, List<Long> nodeIds, List<Long> indicatorIds) {
        return db.sql("""
                        INSERT INTO consultation_scope (consultation_id, node_id, indicator_id)
                        SELECT :id, n, NULL FROM unnest(CAST(:nodes AS bigint[])) n
                        UNION ALL SELECT :id, NULL, i FROM unnest(CAST(:indicators AS bigint[])) i""")
                .bind("id", id).bind("nodes", nodeIds.toArray(Long[]::new)).bind("indicators", indicatorIds.toArray(Long[]::new))
                .fetch().rowsUpdated().then();
    }

    public Mono<Consultation> update(long id, int version, String title, String description, Instant opensAt, Instant closesAt) {
        return Rows.bind(db.sql("""
                        UPDATE consultation SET title = :title, description = :description, opens_at = :opens, closes_at = :closes,
                            version = version + 1
                        WHERE id = :id AND version = :version RETURNING *""")
                        .bind("id", id).bind("version", version).bind("title", title).bind("opens", opensAt)
                        .bind("closes", closesAt), "description", description, String.class)
                .map(ConsultationRepository::map).one();
    }

    /** Scope entries of each consultation: node ids and indicator ids. */
    public Mono<Map<Long, List<long[]>>> scopes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM consultation_scope WHERE consultation_id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "consultation_id"), new long[] {
                        row.get("node_id", Long.class) == null ? 0 : row.get("node_id", Long.class),
                        row.get("indicator_id", Long.class) == null ? 0 : row.get("indicator_id", Long.class)}))
                .all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    public Mono<Meeting> findMeeting(long id) {
        return db.sql("SELECT * FROM meeting WHERE id = :id").bind("id", id).map(this::meeting).one();
    }

    public Mono<Map<Long, List<Meeting>>> meetings(Collection<Long> consultationIds) {
        if (consultationIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM meeting WHERE consultation_id = ANY(:ids) ORDER BY held_on, id")
                .bind("ids", consultationIds.toArray(Long[]::new)).map(this::meeting).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Meeting::consultationId)));
    }

    public Mono<Meeting> insertMeeting(long consultationId, LocalDate heldOn, String place,
                                       Map<StakeholderCategory, Integer> participants, String minutes, String outcomes,
                                       String actor) {
        var spec = db.sql("""
                INSERT INTO meeting (consultation_id, held_on, place, participants, minutes, outcomes, created_by)
                VALUES (:c, :held, :place, :participants, :minutes, :outcomes, :actor) RETURNING *""")
                .bind("c", consultationId).bind("held", heldOn).bind("place", place)
                .bind("participants", Json.of(json.writeValueAsString(participants))).bind("actor", actor);
        spec = Rows.bind(spec, "minutes", minutes, String.class);
        spec = Rows.bind(spec, "outcomes", outcomes, String.class);
        return spec.map(this::meeting).one();
    }

    public Mono<Meeting> updateMeeting(long id, int version, LocalDate heldOn, String place,
                                       Map<StakeholderCategory, Integer> participants, String minutes, String outcomes) {
        var spec = db.sql("""
                UPDATE meeting SET held_on = :held, place = :place, participants = :participants, minutes = :minutes,
                    outcomes = :outcomes, version = version + 1
                WHERE id = :id AND version = :version RETURNING *""")
                .bind("id", id).bind("version", version).bind("held", heldOn).bind("place", place)
                .bind("participants", Json.of(json.writeValueAsString(participants)));
        spec = Rows.bind(spec, "minutes", minutes, String.class);
        spec = Rows.bind(spec, "outcomes", outcomes, String.class);
        return spec.map(this::meeting).one();
    }

    public Mono<Long> deleteMeeting(long id, int version) {
        return db.sql("DELETE FROM meeting WHERE id = :id AND version = :version").bind("id", id).bind("version", version)
                .fetch().rowsUpdated();
    }

    /** Participation of each consultation, in one statement for all of them. */
    public Mono<Map<Long, ParticipationStatistics>> statistics(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        SELECT c.id,
                          (SELECT count(*) FROM comment m WHERE m.consultation_id = c.id AND m.deleted_at IS NULL) AS comments,
                          (SELECT count(DISTINCT m.author) FROM comment m WHERE m.consultation_id = c.id) AS people,
                          (SELECT count(*) FROM reaction r JOIN comment m ON m.id = r.comment_id WHERE m.consultation_id = c.id) AS reactions,
                          (SELECT count(*) FROM comment m WHERE m.consultation_id = c.id AND m.proposal_year IS NOT NULL
                              AND m.deleted_at IS NULL) AS proposals,
                          (SELECT count(*) FROM comment m WHERE m.consultation_id = c.id AND m.official) AS official,
                          (SELECT count(*) FROM meeting g WHERE g.consultation_id = c.id) AS meetings,
                          (SELECT coalesce(jsonb_object_agg(k, total), '{}'::jsonb) FROM (
                              SELECT e.key AS k, sum(e.value::int) AS total FROM meeting g, jsonb_each_text(g.participants) e
                              WHERE g.consultation_id = c.id GROUP BY e.key) x) AS categories
                        FROM consultation c WHERE c.id = ANY(:ids)""")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> {
                    Map<StakeholderCategory, Integer> byCategory = categories(row.get("categories", Json.class));
                    return Map.entry(Rows.id(row, "id"), new ParticipationStatistics(count(row, "comments"), count(row, "people"),
                            count(row, "reactions"), count(row, "proposals"), count(row, "official"), count(row, "meetings"),
                            byCategory.values().stream().mapToInt(Integer::intValue).sum(), byCategory));
                })
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static int count(Readable row, String column) {
        Long v = row.get(column, Long.class);
        return v == null ? 0 : v.intValue();
    }

    private Map<StakeholderCategory, Integer> categories(Json value) {
        Map<StakeholderCategory, Integer> result = new EnumMap<>(StakeholderCategory.class);
        if (value != null) {
            Map<String, Object> raw = json.readValue(value.asString(), new TypeReference<Map<String, Object>>() { });
            raw.forEach((k, v) -> result.put(StakeholderCategory.valueOf(k), ((Number) v).intValue()));
        }
        return result;
    }

    private Meeting meeting(Readable row) {
        return new Meeting(Rows.id(row, "id"), Rows.id(row, "consultation_id"), row.get("held_on", LocalDate.class),
                row.get("place", String.class), categories(row.get("participants", Json.class)),
                row.get("minutes", String.class), row.get("outcomes", String.class), row.get("version", Integer.class));
    }

    static Consultation map(Readable row) {
        return new Consultation(Rows.id(row, "id"), Rows.id(row, "plan_version_id"),
                ConsultationKind.valueOf(row.get("kind", String.class)), row.get("title", String.class),
                row.get("description", String.class), Rows.optionalId(row, "area_id"),
                Boolean.TRUE.equals(row.get("whole_plan", Boolean.class)), Rows.instant(row, "opens_at"),
                Rows.instant(row, "closes_at"), Rows.instant(row, "created_at"), row.get("version", Integer.class));
    }
}
