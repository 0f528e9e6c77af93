package id.selaras.comment.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.selaras.comment.Comment;
import id.selaras.comment.Reaction;
import id.selaras.common.Connection;
import id.selaras.common.Page;
import id.selaras.common.PagedQuery;
import id.selaras.common.Rows;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for comments, their revisions, reactions and flags. */
@Repository
public class CommentRepository {

    /** Official responses first, then oldest first: a thread reads in order, with the answer on top. */
    private static final String ORDER = " ORDER BY official DESC, created_at, id";

    private final DatabaseClient db;

    CommentRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Comment> find(long id) {
        return db.sql("SELECT * FROM comment WHERE id = :id").bind("id", id).map(CommentRepository::map).one();
    }

    public Mono<Map<Long, Comment>> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT * FROM comment WHERE id = ANY(:ids)").bind("ids", ids.toArray(Long[]::new))
                .map(CommentRepository::map).all().collectMap(Comment::id, Function.identity());
    }

    /** Top-level comments of one subject, a page of them. */
    public Mono<Connection<Comment>> ofSubject(String type, long id, Page page) {
        return PagedQuery.run(db, "SELECT *, count(*) over () AS total_count FROM comment"
                        + " WHERE subject_type = :t AND subject_id = :s AND parent_id IS NULL" + ORDER,
                spec -> spec.bind("t", type).bind("s", id), (row, meta) -> map(row), page);
    }

    /**
     * Top-level comments of many subjects of one type, the first {@code limit} of each (after skipping {@code offset}),
     * with each subject's total, in one statement.
     */
    public Mono<Map<Long, List<Comment>>> ofSubjects(String type, Collection<Long> ids, long offset, int limit) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        SELECT * FROM (SELECT c.*, row_number() OVER (PARTITION BY subject_id ORDER BY official DESC, created_at, id) AS rn
                          FROM comment c WHERE subject_type = :t AND subject_id = ANY(:ids) AND parent_id IS NULL) x
                        WHERE rn > :offset AND rn <= :offset + :limit ORDER BY subject_id, rn""")
                .bind("t", type).bind("ids", ids.toArray(Long[]::new)).bind("offset", offset).bind("limit", limit)
                .map(CommentRepository::map).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Comment::subjectId)));
    }

    /** Replies of many comments, the first {@code limit} of each after {@code offset}. */
    public Mono<Map<Long, List<Comment>>> replies(Collection<Long> parentIds, long offset, int limit) {
        if (parentIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        SELECT * FROM (SELECT c.*, row_number() OVER (PARTITION BY parent_id ORDER BY official DESC, created_at, id) AS rn
                          FROM comment c WHERE parent_id = ANY(:ids)) x
                        WHERE rn > :offset AND rn <= :offset + :limit ORDER BY parent_id, rn""")
                .bind("ids", parentIds.toArray(Long[]::new)).bind("offset", offset).bind("limit", limit)
                .map(CommentRepository::map).all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Comment::parentId)));
    }

    /** Counts per key: top-level comments of subjects ({@code parent = false}) or replies of comments. */
    public Mono<Map<Long, Integer>> counts(String type, Collection<Long> ids, boolean replies, boolean visibleOnly) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        String key = replies ? "parent_id" : "subject_id";
        String sql = "SELECT " + key + " AS k, count(*) AS n FROM comment WHERE " + key + " = ANY(:ids)"
                + (replies ? "" : " AND subject_type = :t AND parent_id IS NULL")
                + (visibleOnly ? " AND deleted_at IS NULL AND hidden_at IS NULL" : "")
                + " GROUP BY " + key;
        var spec = db.sql(sql).bind("ids", ids.toArray(Long[]::new));
        spec = replies ? spec : spec.bind("t", type);
        return spec.map(row -> Map.entry(Rows.id(row, "k"), row.get("n", Long.class).intValue())).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    public Mono<Connection<Comment>> flagged(List<Long> regionIds, boolean all, Page page) {
        return PagedQuery.run(db, "SELECT *, count(*) over () AS total_count FROM comment WHERE flag_count > 0 AND hidden_at IS NULL"
                        + " AND deleted_at IS NULL" + (all ? "" : " AND region_id = ANY(:regions)")
                        + " ORDER BY flag_count DESC, created_at",
                spec -> all ? spec : spec.bind("regions", regionIds.toArray(Long[]::new)), (row, meta) -> map(row), page);
    }

    /**
     * Top-level comments still awaiting an official response (none of their replies is a visible official one), oldest
     * first: of every region ({@code all}), of the regions with these codes, or about the items of the OPDs with these
     * memberships ({@code regionCode:opdCode}) — their indicators (by the indicator's own OPDs, else its node's), nodes
     * and assigned aspirations. One statement whatever the number of rows.
     */
    public Mono<Connection<Comment>> awaitingResponse(boolean all, List<String> regionCodes, List<String> memberships,
                                                      Page page) {
        return PagedQuery.run(db, """
                        WITH my_opd AS (SELECT o.id FROM organisation_unit o JOIN region r ON r.id = o.region_id
                                        WHERE r.code || ':' || o.code = ANY(:memberships)),
                             my_region AS (SELECT id FROM region WHERE code = ANY(:regions))
                        SELECT c.*, count(*) over () AS total_count FROM comment c
                        WHERE c.parent_id IS NULL AND NOT c.official AND c.deleted_at IS NULL AND c.hidden_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM comment a WHERE a.parent_id = c.id AND a.official
                                          AND a.deleted_at IS NULL AND a.hidden_at IS NULL)
                          AND (:all
                            OR c.region_id IN (SELECT id FROM my_region)
                            OR (c.subject_type = 'Indicator' AND (
                                  EXISTS (SELECT 1 FROM indicator_opd x WHERE x.indicator_id = c.subject_id
                                          AND x.opd_id IN (SELECT id FROM my_opd))
                                  OR (NOT EXISTS (SELECT 1 FROM indicator_opd x WHERE x.indicator_id = c.subject_id)
                                      AND EXISTS (SELECT 1 FROM indicator i JOIN cascade_node_opd y ON y.node_id = i.node_id
                                                  WHERE i.id = c.subject_id AND y.opd_id IN (SELECT id FROM my_opd)))))
                            OR (c.subject_type = 'CascadeNode' AND EXISTS (SELECT 1 FROM cascade_node_opd y
                                  WHERE y.node_id = c.subject_id AND y.opd_id IN (SELECT id FROM my_opd)))
                            OR (c.subject_type = 'Aspiration' AND EXISTS (SELECT 1 FROM aspiration s
                                  WHERE s.id = c.subject_id AND s.assigned_opd_id IN (SELECT id FROM my_opd))))
                        ORDER BY c.created_at, c.id""",
                spec -> spec.bind("all", all).bind("regions", regionCodes.toArray(String[]::new))
                        .bind("memberships", memberships.toArray(String[]::new)),
                (row, meta) -> map(row), page);
    }

    public Mono<Comment> insert(Comment c) {
        var spec = db.sql("""
                INSERT INTO comment (subject_type, subject_id, consultation_id, region_id, parent_id, depth, author, author_name,
                    body, proposal_year, proposal_value, official, official_opd_id)
                VALUES (:type, :subject, :consultation, :region, :parent, :depth, :author, :name, :body, :year, :value,
                    :official, :opd)
                RETURNING *""")
                .bind("type", c.subjectType()).bind("subject", c.subjectId()).bind("depth", c.depth())
                .bind("author", c.author()).bind("body", c.body()).bind("official", c.official());
        spec = Rows.bind(spec, "consultation", c.consultationId(), Long.class);
        spec = Rows.bind(spec, "region", c.regionId(), Long.class);
        spec = Rows.bind(spec, "parent", c.parentId(), Long.class);
        spec = Rows.bind(spec, "name", c.authorName(), String.class);
        spec = Rows.bind(spec, "year", c.proposalYear(), Integer.class);
        spec = Rows.bindNumber(spec, "value", c.proposalValue());
        spec = Rows.bind(spec, "opd", c.officialOpdId(), Long.class);
        return spec.map(CommentRepository::map).one();
    }

    /** A new body; the old one is kept as a revision. Empty when the version is stale. */
    public Mono<Comment> edit(long id, int version, String body) {
        return db.sql("""
                        WITH old AS (INSERT INTO comment_revision (comment_id, body)
                                     SELECT id, body FROM comment WHERE id = :id AND version = :version RETURNING comment_id)
                        UPDATE comment SET body = :body, edited_at = now(), version = version + 1
                        WHERE id = :id AND version = :version AND EXISTS (SELECT 1 FROM old) RETURNING *""")
                .bind("id", id).bind("version", version).bind("body", body).map(CommentRepository::map).one();
    }

    public Mono<Map<Long, List<String[]>>> revisions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT comment_id, body, replaced_at FROM comment_revision WHERE comment_id = ANY(:ids) ORDER BY replaced_at")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "comment_id"), new String[] {row.get("body", String.class),
                        Rows.instant(row, "replaced_at").toString()}))
                .all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    public Mono<Comment> softDelete(long id, int version) {
        return db.sql("UPDATE comment SET deleted_at = now(), version = version + 1 WHERE id = :id AND version = :version RETURNING *")
                .bind("id", id).bind("version", version).map(CommentRepository::map).one();
    }

    public Mono<Comment> hide(long id, int version, String reason, String moderator) {
        return db.sql("""
                        UPDATE comment SET hidden_at = now(), hidden_reason = :reason, hidden_by = :moderator, version = version + 1
                        WHERE id = :id AND version = :version RETURNING *""")
                .bind("id", id).bind("version", version).bind("reason", reason).bind("moderator", moderator)
                .map(CommentRepository::map).one();
    }

    public Mono<Comment> restore(long id, int version) {
        return db.sql("""
                        UPDATE comment SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL, flag_count = 0,
                            version = version + 1
                        WHERE id = :id AND version = :version RETURNING *""")
                .bind("id", id).bind("version", version).map(CommentRepository::map).one();
    }

    /** Sets (or with null removes) the author's reaction and adjusts the counts, in one statement. */
    public Mono<Comment> react(long id, String author, Reaction reaction) {
        String change = reaction == null
                ? "DELETE FROM reaction WHERE comment_id = :id AND author = :author RETURNING reaction"
                : """
                  INSERT INTO reaction (comment_id, author, reaction) VALUES (:id, :author, :reaction)
                  ON CONFLICT (comment_id, author) DO UPDATE SET reaction = excluded.reaction, at = now() RETURNING reaction""";
        var spec = db.sql("""
                WITH old AS (SELECT reaction FROM reaction WHERE comment_id = :id AND author = :author),
                     changed AS (%s)
                UPDATE comment SET
                  agree_count = agree_count + (SELECT count(*) FROM changed WHERE reaction = 'AGREE' AND :reaction_set)
                                            - (SELECT count(*) FROM old WHERE reaction = 'AGREE'),
                  disagree_count = disagree_count + (SELECT count(*) FROM changed WHERE reaction = 'DISAGREE' AND :reaction_set)
                                            - (SELECT count(*) FROM old WHERE reaction = 'DISAGREE'),
                  pass_count = pass_count + (SELECT count(*) FROM changed WHERE reaction = 'PASS' AND :reaction_set)
                                            - (SELECT count(*) FROM old WHERE reaction = 'PASS')
                WHERE id = :id RETURNING *""".formatted(change))
                .bind("id", id).bind("author", author).bind("reaction_set", reaction != null);
        if (reaction != null) {
            spec = spec.bind("reaction", reaction.name());
        }
        return spec.map(CommentRepository::map).one();
    }

    public Mono<Map<Long, Reaction>> reactionsOf(String author, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT comment_id, reaction FROM reaction WHERE author = :a AND comment_id = ANY(:ids)")
                .bind("a", author).bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "comment_id"), Reaction.valueOf(row.get("reaction", String.class)))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** The flag reasons of comments, newest first, as {reason, time}; one statement for all. */
    public Mono<Map<Long, List<String[]>>> flags(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT comment_id, reason, at FROM comment_flag WHERE comment_id = ANY(:ids) ORDER BY at DESC, author")
                .bind("ids", ids.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "comment_id"), new String[] {row.get("reason", String.class),
                        Rows.instant(row, "at").toString()}))
                .all().collectList()
                .map(list -> list.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    /** Records a flag; emits true when it is the author's first on this comment. */
    public Mono<Boolean> flag(long id, String author, String reason) {
        return db.sql("""
                        WITH f AS (INSERT INTO comment_flag (comment_id, author, reason) VALUES (:id, :author, :reason)
                                   ON CONFLICT DO NOTHING RETURNING comment_id)
                        UPDATE comment SET flag_count = flag_count + 1 WHERE id IN (SELECT comment_id FROM f) RETURNING id""")
                .bind("id", id).bind("author", author).bind("reason", reason)
                .map(row -> true).one().defaultIfEmpty(false);
    }

    public static Comment map(Readable row) {
        return new Comment(Rows.id(row, "id"), row.get("subject_type", String.class), Rows.id(row, "subject_id"),
                Rows.optionalId(row, "consultation_id"), Rows.optionalId(row, "region_id"), Rows.optionalId(row, "parent_id"),
                row.get("depth", Integer.class), row.get("author", String.class), row.get("author_name", String.class),
                row.get("body", String.class), row.get("proposal_year", Integer.class), Rows.dbl(row, "proposal_value"),
                Boolean.TRUE.equals(row.get("official", Boolean.class)), Rows.optionalId(row, "official_opd_id"),
                Rows.instant(row, "created_at"), Rows.instant(row, "edited_at"), Rows.instant(row, "deleted_at"),
                Rows.instant(row, "hidden_at"), row.get("hidden_reason", String.class), row.get("flag_count", Integer.class),
                row.get("agree_count", Integer.class), row.get("disagree_count", Integer.class),
                row.get("pass_count", Integer.class), row.get("version", Integer.class));
    }
}
