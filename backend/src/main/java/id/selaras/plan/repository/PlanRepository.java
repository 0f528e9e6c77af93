package id.selaras.plan.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import id.selaras.plan.Plan;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanVersion;
import id.selaras.plan.VersionScope;
import id.selaras.plan.VersionStatus;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for plans and plan versions. */
@Repository
public class PlanRepository {

    private static final String PLAN = "SELECT p.*, r.code AS region_code FROM plan p LEFT JOIN region r ON r.id = p.region_id";
    private static final String SCOPE = """
            SELECT v.id AS version_id, v.status, p.id AS plan_id, p.kind, p.region_id, r.code AS region_code,
                   p.period_start, p.period_end, p.reference
            FROM plan_version v JOIN plan p ON p.id = v.plan_id LEFT JOIN region r ON r.id = p.region_id""";

    private final DatabaseClient db;

    PlanRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Plan> find(long id) {
        return db.sql(PLAN + " WHERE p.id = :id").bind("id", id).map(PlanRepository::mapPlan).one();
    }

    public Mono<Map<Long, Plan>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql(PLAN + " WHERE p.id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(PlanRepository::mapPlan).all().collectMap(Plan::id, Function.identity());
    }

    /**
     * Plans that have a version the reader may see: any but a DRAFT, or also drafts in the regions whose drafts
     * the reader may see ({@code allDrafts} for administrators).
     */
    public Mono<Connection<Plan>> list(PlanKind kind, Long regionId, Boolean reference, Set<String> draftRegions,
                                       boolean allDrafts, Page page) {
        String sql = "SELECT p.*, r.code AS region_code, count(*) over () AS total_count"
                + " FROM plan p LEFT JOIN region r ON r.id = p.region_id"
                + " WHERE EXISTS (SELECT 1 FROM plan_version v WHERE v.plan_id = p.id AND (v.status <> 'DRAFT'"
                + (allDrafts ? " OR true" : " OR r.code = ANY(:draft_regions)") + "))"
                + (kind == null ? "" : " AND p.kind = :kind")
                + (regionId == null ? "" : " AND p.region_id = :region")
                + (reference == null ? "" : " AND p.reference = :reference")
                + " ORDER BY p.period_end DESC, p.period_start DESC, p.id";
        return PagedQuery.run(db, sql, spec -> {
            var s = allDrafts ? spec : spec.bind("draft_regions", draftRegions.toArray(String[]::new));
            s = kind == null ? s : s.bind("kind", kind.name());
            s = regionId == null ? s : s.bind("region", regionId);
            return reference == null ? s : s.bind("reference", reference);
        }, (row, meta) -> mapPlan(row), page);
    }

    public Mono<Plan> insert(PlanKind kind, String title, Long regionId, int start, int end, boolean reference,
                             String actor) {
        return Rows.bind(db.sql("""
                        INSERT INTO plan (kind, title, region_id, period_start, period_end, reference, rating_scheme_id, created_by)
                        VALUES (:kind, :title, :region, :start, :end, :reference,
                                (SELECT id FROM rating_scheme WHERE key = 'DEFAULT'), :actor)
                        RETURNING id""")
                        .bind("kind", kind.name()).bind("title", title).bind("start", start).bind("end", end)
                        .bind("reference", reference).bind("actor", actor), "region", regionId, Long.class)
                .map(row -> Rows.id(row, "id")).one()
                .flatMap(this::find);
    }

    public Mono<Plan> update(long id, int version, String title, long ratingSchemeId) {
        return db.sql("""
                        UPDATE plan SET title = :title, rating_scheme_id = :scheme, version = version + 1
                        WHERE id = :id AND version = :version RETURNING id""")
                .bind("id", id).bind("version", version).bind("title", title).bind("scheme", ratingSchemeId)
                .map(row -> Rows.id(row, "id")).one()
                .flatMap(this::find);
    }

    public Mono<PlanVersion> findVersion(long id) {
        return db.sql("SELECT * FROM plan_version WHERE id = :id").bind("id", id).map(PlanRepository::mapVersion).one();
    }

    public Mono<Map<Long, PlanVersion>> findVersions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM plan_version WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(PlanRepository::mapVersion).all().collectMap(PlanVersion::id, Function.identity());
    }

    /** Versions of each plan that currently have one of the statuses, keyed by plan id. */
    public Mono<Map<Long, PlanVersion>> versionsInStatus(Collection<Long> planIds, Collection<VersionStatus> statuses) {
        if (planIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM plan_version WHERE plan_id = ANY(:ids) AND status = ANY(:statuses)")
                .bind("ids", planIds.toArray(Long[]::new))
                .bind("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
                .map(PlanRepository::mapVersion).all().collectMap(PlanVersion::planId, Function.identity());
    }

    public Mono<Map<Long, List<PlanVersion>>> versionsOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM plan_version WHERE plan_id = ANY(:ids) ORDER BY number")
                .bind("ids", planIds.toArray(Long[]::new))
                .map(PlanRepository::mapVersion).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(PlanVersion::planId)));
    }

    public Mono<PlanVersion> insertVersion(long planId, VersionStatus status, Long basedOn, String note, String actor) {
        return Rows.bind(Rows.bind(db.sql("""
                        INSERT INTO plan_version (plan_id, number, status, based_on_id, note, created_by)
                        VALUES (:plan, (SELECT coalesce(max(number), 0) + 1 FROM plan_version WHERE plan_id = :plan),
                                :status, :based, :note, :actor)
                        RETURNING *""")
                        .bind("plan", planId).bind("status", status.name()).bind("actor", actor),
                        "based", basedOn, Long.class), "note", note, String.class)
                .map(PlanRepository::mapVersion).one();
    }

    /** Moves a version to a new status if its lock version matches; empty when stale. */
    public Mono<PlanVersion> changeStatus(long id, int version, VersionStatus status, String actor) {
        boolean adopting = status == VersionStatus.ADOPTED;
        return db.sql("UPDATE plan_version SET status = :status, version = version + 1"
                        + (adopting ? ", adopted_at = now(), adopted_by = :actor" : "")
                        + " WHERE id = :id AND version = :version RETURNING *")
                .bind("id", id).bind("version", version).bind("status", status.name())
                .bindValues(adopting ? Map.of("actor", actor) : Map.of())
                .map(PlanRepository::mapVersion).one();
    }

    /** The version in force becomes history when another is adopted. */
    public Mono<PlanVersion> supersede(long planId) {
        return db.sql("""
                        UPDATE plan_version SET status = 'SUPERSEDED', version = version + 1
                        WHERE plan_id = :plan AND status = 'ADOPTED' RETURNING *""")
                .bind("plan", planId).map(PlanRepository::mapVersion).one();
    }

    public Mono<Long> deleteVersion(long id, int version) {
        return db.sql("DELETE FROM plan_version WHERE id = :id AND version = :version AND status IN ('DRAFT','IN_CONSULTATION')")
                .bind("id", id).bind("version", version).fetch().rowsUpdated();
    }

    public Mono<VersionScope> scope(long versionId) {
        return db.sql(SCOPE + " WHERE v.id = :id").bind("id", versionId).map(PlanRepository::mapScope).one();
    }

    /** The scope, with the version row share-locked so that it cannot be adopted while the caller edits it. */
    public Mono<VersionScope> lockScope(long versionId) {
        return db.sql(SCOPE + " WHERE v.id = :id FOR SHARE OF v").bind("id", versionId).map(PlanRepository::mapScope).one();
    }

    public Mono<Map<Long, VersionScope>> scopes(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql(SCOPE + " WHERE v.id = ANY(:ids)").bind("ids", versionIds.toArray(Long[]::new))
                .map(PlanRepository::mapScope).all().collectMap(VersionScope::versionId, Function.identity());
    }

    static Plan mapPlan(Readable row) {
        return new Plan(Rows.id(row, "id"), PlanKind.valueOf(row.get("kind", String.class)), row.get("title", String.class),
                Rows.optionalId(row, "region_id"), row.get("region_code", String.class),
                row.get("period_start", Integer.class), row.get("period_end", Integer.class),
                Boolean.TRUE.equals(row.get("reference", Boolean.class)), Rows.id(row, "rating_scheme_id"),
                Rows.instant(row, "created_at"), row.get("version", Integer.class));
    }

    static PlanVersion mapVersion(Readable row) {
        return new PlanVersion(Rows.id(row, "id"), Rows.id(row, "plan_id"), row.get("number", Integer.class),
                VersionStatus.valueOf(row.get("status", String.class)), Rows.optionalId(row, "based_on_id"),
                row.get("note", String.class), Rows.instant(row, "created_at"), Rows.instant(row, "adopted_at"),
                row.get("version", Integer.class));
    }

    static VersionScope mapScope(Readable row) {
        return new VersionScope(Rows.id(row, "version_id"), Rows.id(row, "plan_id"),
                PlanKind.valueOf(row.get("kind", String.class)), VersionStatus.valueOf(row.get("status", String.class)),
                Rows.optionalId(row, "region_id"), row.get("region_code", String.class),
                row.get("period_start", Integer.class), row.get("period_end", Integer.class),
                Boolean.TRUE.equals(row.get("reference", Boolean.class)));
    }
}
