package id.selaras.cascade.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for cascade nodes: one statement per batch of nodes, never one per node. */
@Repository
public class CascadeRepository {

    private final DatabaseClient db;

    CascadeRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<CascadeNode> find(long id) {
        return db.sql("SELECT * FROM cascade_node WHERE id = :id").bind("id", id).map(CascadeRepository::map).one();
    }

    public Mono<Map<Long, CascadeNode>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM cascade_node WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(CascadeRepository::map).all().collectMap(CascadeNode::id, Function.identity());
    }

    public Mono<CascadeNode> findByCode(long versionId, String code) {
        return db.sql("SELECT * FROM cascade_node WHERE plan_version_id = :v AND code = :code")
                .bind("v", versionId).bind("code", code).map(CascadeRepository::map).one();
    }

    public Mono<Map<Long, List<CascadeNode>>> roots(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM cascade_node WHERE plan_version_id = ANY(:ids) AND parent_id IS NULL ORDER BY position, id")
                .bind("ids", versionIds.toArray(Long[]::new))
                .map(CascadeRepository::map).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(CascadeNode::planVersionId)));
    }

    public Mono<Map<Long, List<CascadeNode>>> children(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM cascade_node WHERE parent_id = ANY(:ids) ORDER BY position, id")
                .bind("ids", parentIds.toArray(Long[]::new))
                .map(CascadeRepository::map).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(CascadeNode::parentId)));
    }

    /** Nodes that the given nodes support ({@code supports}) or that support them ({@code supportedBy}). */
    public Mono<Map<Long, List<CascadeNode>>> supportLinks(Collection<Long> ids, boolean supportedBy) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        String key = supportedBy ? "supports_id" : "node_id";
        String other = supportedBy ? "node_id" : "supports_id";
        return db.sql("SELECT s." + key + " AS key_id, n.* FROM cascade_support s JOIN cascade_node n ON n.id = s." + other
                        + " WHERE s." + key + " = ANY(:ids) ORDER BY n.position, n.id")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "key_id"), map(row))).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    /** Responsible OPD ids of each node, in their order. */
    public Mono<Map<Long, List<Long>>> opdIds(Collection<Long> nodeIds) {
        if (nodeIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT node_id, opd_id FROM cascade_node_opd WHERE node_id = ANY(:ids) ORDER BY position")
                .bind("ids", nodeIds.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "node_id"), Rows.id(row, "opd_id"))).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    /** Codes of the responsible OPDs of a node and of its ancestors' nearest OPD-owning level (for authorization). */
    public Mono<List<String>> opdCodes(long nodeId) {
        return db.sql("SELECT o.code FROM cascade_node_opd x JOIN organisation_unit o ON o.id = x.opd_id WHERE x.node_id = :id")
                .bind("id", nodeId).map(row -> row.get("code", String.class)).all().collectList();
    }

    /** All nodes of a version in tree order (depth first, by position), optionally of one kind or responsible OPD. */
    public Mono<Connection<CascadeNode>> list(long versionId, CascadeKind kind, Long opdId, Page page) {
        String sql = """
                WITH RECURSIVE t AS (
                  SELECT id, ARRAY[position, id] AS path FROM cascade_node WHERE plan_version_id = :v AND parent_id IS NULL
                  UNION ALL
                  SELECT c.id, t.path || c.position || c.id FROM cascade_node c JOIN t ON c.parent_id = t.id)
                SELECT n.*, count(*) over () AS total_count FROM t JOIN cascade_node n ON n.id = t.id WHERE true"""
                + (kind == null ? "" : " AND n.kind = :kind")
                + (opdId == null ? "" : " AND EXISTS (SELECT 1 FROM cascade_node_opd x WHERE x.node_id = n.id AND x.opd_id = :opd)")
                + " ORDER BY t.path";
        return PagedQuery.run(db, sql, spec -> {
            var s = spec.bind("v", versionId);
            s = kind == null ? s : s.bind("kind", kind.name());
            return opdId == null ? s : s.bind("opd", opdId);
        }, (row, meta) -> map(row), page);
    }

    public Mono<Map<Long, Long>> countByVersion(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT plan_version_id, count(*) AS n FROM cascade_node WHERE plan_version_id = ANY(:ids) GROUP BY plan_version_id")
                .bind("ids", versionIds.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "plan_version_id"), row.get("n", Long.class))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** The position after the last sibling under {@code parentId}, not counting {@code exceptId}. */
    public Mono<Integer> nextPosition(long versionId, Long parentId, long exceptId) {
        return Rows.bind(db.sql("SELECT coalesce(max(position), 0) + 1 AS p FROM cascade_node WHERE plan_version_id = :v"
                        + " AND parent_id IS NOT DISTINCT FROM :parent AND id <> :except")
                        .bind("v", versionId).bind("except", exceptId), "parent", parentId, Long.class)
                .map(row -> row.get("p", Integer.class)).one();
    }

    /** Shifts the siblings under {@code parentId} from {@code position} on (opening or closing a gap), but {@code exceptId}. */
    public Mono<Long> shiftFrom(long versionId, Long parentId, int position, int delta, long exceptId) {
        return Rows.bind(db.sql("UPDATE cascade_node SET position = position + :delta WHERE plan_version_id = :v"
                        + " AND parent_id IS NOT DISTINCT FROM :parent AND position >= :pos AND id <> :except")
                        .bind("v", versionId).bind("pos", position).bind("delta", delta).bind("except", exceptId),
                        "parent", parentId, Long.class)
                .fetch().rowsUpdated();
    }

    public Mono<CascadeNode> insert(long versionId, Long parentId, CascadeKind kind, String code, String title,
                                    String description, int position) {
        var spec = db.sql("""
                INSERT INTO cascade_node (plan_version_id, parent_id, kind, code, title, description, position)
                VALUES (:v, :parent, :kind, :code, :title, :description, :position) RETURNING *""")
                .bind("v", versionId).bind("kind", kind.name()).bind("title", title).bind("position", position);
        spec = Rows.bind(spec, "parent", parentId, Long.class);
        spec = Rows.bind(spec, "code", code, String.class);
        spec = Rows.bind(spec, "description", description, String.class);
        return spec.map(CascadeRepository::map).one();
    }

    /** Empty when the version is stale. */
    public Mono<CascadeNode> update(long id, int version, String code, String title, String description) {
        var spec = db.sql("""
                UPDATE cascade_node SET code = :code, title = :title, description = :description,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version RETURNING *""")
                .bind("id", id).bind("version", version).bind("title", title);
        spec = Rows.bind(spec, "code", code, String.class);
        spec = Rows.bind(spec, "description", description, String.class);
        return spec.map(CascadeRepository::map).one();
    }

    public Mono<CascadeNode> move(long id, int version, Long parentId, int position) {
        return Rows.bind(db.sql("""
                        UPDATE cascade_node SET parent_id = :parent, position = :position, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version RETURNING *""")
                        .bind("id", id).bind("version", version).bind("position", position), "parent", parentId, Long.class)
                .map(CascadeRepository::map).one();
    }

    public Mono<Void> replaceOpds(long nodeId, List<Long> opdIds) {
        Mono<Long> delete = db.sql("DELETE FROM cascade_node_opd WHERE node_id = :id").bind("id", nodeId).fetch().rowsUpdated();
        if (opdIds.isEmpty()) {
            return delete.then();
        }
        return delete.then(db.sql("""
                        INSERT INTO cascade_node_opd (node_id, opd_id, position)
                        SELECT :id, o, ord FROM unnest(CAST(:opds AS bigint[])) WITH ORDINALITY AS u(o, ord)""")
                .bind("id", nodeId).bind("opds", opdIds.toArray(Long[]::new)).fetch().rowsUpdated()).then();
    }

    /** Ids of a node and everything below it, and how many indicators hang on them. */
    public Mono<List<Long>> subtreeIds(long id) {
        return db.sql("""
                        WITH RECURSIVE t AS (SELECT id FROM cascade_node WHERE id = :id
                          UNION ALL SELECT c.id FROM cascade_node c JOIN t ON c.parent_id = t.id)
                        SELECT id FROM t""")
                .bind("id", id).map(row -> Rows.id(row, "id")).all().collectList();
    }

    public Mono<Long> delete(long id, int version) {
        return db.sql("DELETE FROM cascade_node WHERE id = :id AND version = :version").bind("id", id).bind("version", version)
                .fetch().rowsUpdated();
    }

    public Mono<Boolean> hasChildren(long id) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM cascade_node WHERE parent_id = :id) AS e").bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get("e", Boolean.class))).one();
    }

    public Mono<Long> link(long nodeId, long supportsId) {
        return db.sql("INSERT INTO cascade_support (node_id, supports_id) VALUES (:a, :b) ON CONFLICT DO NOTHING")
                .bind("a", nodeId).bind("b", supportsId).fetch().rowsUpdated();
    }

    public Mono<Long> unlink(long nodeId, long supportsId) {
        return db.sql("DELETE FROM cascade_support WHERE node_id = :a AND supports_id = :b")
                .bind("a", nodeId).bind("b", supportsId).fetch().rowsUpdated();
    }

    /** Bumps the lock version of a node whose links or OPDs changed, so concurrent editors see the change. */
    public Mono<CascadeNode> touch(long id) {
        return db.sql("UPDATE cascade_node SET version = version + 1, updated_at = now() WHERE id = :id RETURNING *")
                .bind("id", id).map(CascadeRepository::map).one();
    }

    public Flux<CascadeNode> byVersion(long versionId) {
        return db.sql("SELECT * FROM cascade_node WHERE plan_version_id = :v").bind("v", versionId).map(CascadeRepository::map).all();
    }

    public static CascadeNode map(Readable row) {
        return new CascadeNode(Rows.id(row, "id"), Rows.id(row, "plan_version_id"), Rows.optionalId(row, "parent_id"),
                CascadeKind.valueOf(row.get("kind", String.class)), row.get("code", String.class),
                row.get("title", String.class), row.get("description", String.class), row.get("position", Integer.class),
                Rows.optionalId(row, "origin_id"), row.get("version", Integer.class));
    }
}
