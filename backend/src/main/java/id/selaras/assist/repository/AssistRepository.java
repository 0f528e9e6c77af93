package id.selaras.assist.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.assist.duplicates.DuplicateFinder;
import id.selaras.assist.groups.Vote;
import id.selaras.assist.routing.PlanCorpus;
import id.selaras.common.Rows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for assisted planning: a plan version as a routing corpus, officers' feedback, votes of a consultation. */
@Repository
public class AssistRepository {

    private final DatabaseClient db;

    AssistRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * The plan version aspirations of a region are routed against: its RPJMD's newest adopted or in-consultation
     * version, else its newest draft.
     */
    public Mono<Long> routingVersion(long regionId) {
        return db.sql("""
                        SELECT pv.id FROM plan_version pv JOIN plan p ON p.id = pv.plan_id
                        WHERE p.region_id = :r AND p.kind = 'RPJMD' AND NOT p.reference AND pv.status <> 'SUPERSEDED'
                        ORDER BY (pv.status IN ('ADOPTED', 'IN_CONSULTATION')) DESC, pv.number DESC LIMIT 1""")
                .bind("r", regionId).map(row -> Rows.id(row, "id")).one();
    }

    /** The routing versions of several regions (one query). */
    public Mono<Map<Long, Long>> routingVersions(Collection<Long> regionIds) {
        return db.sql("""
                        SELECT DISTINCT ON (p.region_id) p.region_id, pv.id FROM plan_version pv JOIN plan p ON p.id = pv.plan_id
                        WHERE p.region_id = ANY(:r) AND p.kind = 'RPJMD' AND NOT p.reference AND pv.status <> 'SUPERSEDED'
                        ORDER BY p.region_id, (pv.status IN ('ADOPTED', 'IN_CONSULTATION')) DESC, pv.number DESC""")
                .bind("r", regionIds.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "region_id"), Rows.id(row, "id"))).all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** What tells one state of a plan version from another: the sequence of its latest event. */
    public Mono<Long> stamp(long planVersionId) {
        return db.sql("SELECT coalesce(max(sequence), 0) AS s FROM event WHERE plan_version_id = :v").bind("v", planVersionId)
                .map(row -> row.get("s", Long.class)).one();
    }

    private record NodeRow(long id, Long parentId, String kind, String code, String title, String description,
                           String nomenclature) {
    }

    private record IndicatorRow(long id, long nodeId, String code, String name, String definition) {
    }

    /** A plan version's programs (or, without programs, its deepest nodes) with their subtrees' words. */
    public Mono<PlanCorpus> corpus(long planVersionId, long stamp) {
        Mono<List<NodeRow>> nodes = db.sql("""
                        SELECT n.id, n.parent_id, n.kind, n.code, n.title, n.description,
                               (SELECT concat_ws(' . ', x.name, x.performance, x.indicator) FROM nomenclature x
                                WHERE x.code = n.code ORDER BY x.valid_from DESC LIMIT 1) AS nomenclature
                        FROM cascade_node n WHERE n.plan_version_id = :v ORDER BY n.parent_id NULLS FIRST, n.position, n.id""")
                .bind("v", planVersionId)
                .map(row -> new NodeRow(Rows.id(row, "id"), Rows.optionalId(row, "parent_id"), row.get("kind", String.class),
                        row.get("code", String.class), row.get("title", String.class), row.get("description", String.class),
                        row.get("nomenclature", String.class)))
                .all().collectList();
        Mono<List<IndicatorRow>> indicators = db.sql("""
                        SELECT id, node_id, code, name, definition FROM indicator WHERE plan_version_id = :v
                        ORDER BY node_id, position, id""")
                .bind("v", planVersionId)
                .map(row -> new IndicatorRow(Rows.id(row, "id"), Rows.id(row, "node_id"), row.get("code", String.class),
                        row.get("name", String.class), row.get("definition", String.class)))
                .all().collectList();
        Mono<Map<Long, List<Long>>> nodeOpds = opds("""
                SELECT o.node_id AS owner, o.opd_id FROM cascade_node_opd o JOIN cascade_node n ON n.id = o.node_id
                WHERE n.plan_version_id = :v ORDER BY o.node_id, o.position""", planVersionId);
        Mono<Map<Long, List<Long>>> indicatorOpds = opds("""
                SELECT o.indicator_id AS owner, o.opd_id FROM indicator_opd o JOIN indicator i ON i.id = o.indicator_id
                WHERE i.plan_version_id = :v ORDER BY o.indicator_id, o.position""", planVersionId);
        return Mono.zip(nodes, indicators, nodeOpds, indicatorOpds)
                .map(t -> build(planVersionId, stamp, t.getT1(), t.getT2(), t.getT3(), t.getT4()));
    }

    private Mono<Map<Long, List<Long>>> opds(String sql, long planVersionId) {
        return db.sql(sql).bind("v", planVersionId)
                .map(row -> new long[] {Rows.id(row, "owner"), Rows.id(row, "opd_id")}).all()
                .collect(LinkedHashMap::new, (Map<Long, List<Long>> m, long[] r) ->
                        m.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
    }

    private static PlanCorpus build(long versionId, long stamp, List<NodeRow> nodes, List<IndicatorRow> indicators,
                                    Map<Long, List<Long>> nodeOpds, Map<Long, List<Long>> indicatorOpds) {
        Map<Long, List<NodeRow>> children = new HashMap<>();
        for (NodeRow n : nodes) {
            children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        Map<Long, List<IndicatorRow>> byNode = new HashMap<>();
        for (IndicatorRow i : indicators) {
            byNode.computeIfAbsent(i.nodeId(), k -> new ArrayList<>()).add(i);
        }
        boolean hasPrograms = nodes.stream().anyMatch(n -> "PROGRAM".equals(n.kind()));
        List<PlanCorpus.Target> targets = new ArrayList<>();
        for (NodeRow n : nodes) {
            boolean target = hasPrograms ? "PROGRAM".equals(n.kind()) : !children.containsKey(n.id());
            if (!target) {
                continue;
            }
            List<String> titles = new ArrayList<>();
            List<String> descriptions = new ArrayList<>();
            List<PlanCorpus.Item> items = new ArrayList<>();
            List<Long> opds = new ArrayList<>(nodeOpds.getOrDefault(n.id(), List.of()));
            collect(n, children, byNode, indicatorOpds, titles, descriptions, items);
            if (opds.isEmpty()) {
                items.stream().flatMap(i -> i.opdIds().stream()).distinct().forEach(opds::add);
            }
            targets.add(new PlanCorpus.Target(n.id(), n.code(), n.title(), titles, descriptions, opds, items));
        }
        return new PlanCorpus(versionId, stamp, targets);
    }

    private static void collect(NodeRow n, Map<Long, List<NodeRow>> children, Map<Long, List<IndicatorRow>> byNode,
                                Map<Long, List<Long>> indicatorOpds, List<String> titles, List<String> descriptions,
                                List<PlanCorpus.Item> items) {
        titles.add(n.title());
        if (n.nomenclature() != null && !n.nomenclature().isBlank()) {
            descriptions.add(n.nomenclature());
        }
        if (n.description() != null) {
            descriptions.add(n.description());
        }
        for (IndicatorRow i : byNode.getOrDefault(n.id(), List.of())) {
            items.add(new PlanCorpus.Item(i.id(), i.code(), i.name(), i.definition(), indicatorOpds.getOrDefault(i.id(), List.of())));
        }
        for (NodeRow c : children.getOrDefault(n.id(), List.of())) {
            collect(c, children, byNode, indicatorOpds, titles, descriptions, items);
        }
    }

    // ---- feedback -----------------------------------------------------------------------------------------------

    /** A verdict on a suggestion, as stored. */
    public record Verdict(String nodeCode, long nodeId, Long opdId, boolean confirmed, List<String> terms) {
    }

    /** Every verdict officers gave in the regions (one query for a whole list of aspirations). */
    public Mono<Map<Long, List<Verdict>>> verdicts(Collection<Long> regionIds) {
        return db.sql("""
                        SELECT region_id, node_code, node_id, opd_id, verdict, terms FROM aspiration_suggestion_feedback
                        WHERE region_id = ANY(:r)""")
                .bind("r", regionIds.toArray(Long[]::new))
                .map(row -> Map.entry(Rows.id(row, "region_id"), new Verdict(row.get("node_code", String.class),
                        Rows.id(row, "node_id"), Rows.optionalId(row, "opd_id"),
                        "CONFIRMED".equals(row.get("verdict", String.class)), List.of(row.get("terms", String[].class)))))
                .all()
                .collect(HashMap::new, (Map<Long, List<Verdict>> m, Map.Entry<Long, Verdict> e) ->
                        m.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }

    public Mono<Void> recordVerdict(long aspirationId, long regionId, long planVersionId, long nodeId, String nodeCode,
                                    Long indicatorId, Long opdId, boolean confirmed, List<String> terms, String actor) {
        return Rows.bind(Rows.bind(Rows.bind(db.sql("""
                                INSERT INTO aspiration_suggestion_feedback (aspiration_id, region_id, plan_version_id, node_id,
                                    node_code, indicator_id, opd_id, verdict, terms, actor)
                                VALUES (:a, :r, :v, :n, :code, :i, :o, :verdict, :terms, :actor)
                                ON CONFLICT (aspiration_id, node_id) DO UPDATE SET verdict = excluded.verdict,
                                    indicator_id = excluded.indicator_id, opd_id = excluded.opd_id, terms = excluded.terms,
                                    actor = excluded.actor, at = now()""")
                                .bind("a", aspirationId).bind("r", regionId).bind("v", planVersionId).bind("n", nodeId)
                                .bind("verdict", confirmed ? "CONFIRMED" : "REJECTED").bind("terms", terms.toArray(String[]::new))
                                .bind("actor", actor), "code", nodeCode, String.class), "i", indicatorId, Long.class),
                        "o", opdId, Long.class)
                .fetch().rowsUpdated().then();
    }

    // ---- consultations --------------------------------------------------------------------------------------------

    /** The reactions to a consultation's visible top-level comments. */
    public Mono<List<Vote>> votes(long consultationId) {
        return db.sql("""
                        SELECT r.author, r.comment_id, r.reaction FROM reaction r JOIN comment c ON c.id = r.comment_id
                        WHERE c.consultation_id = :c AND c.parent_id IS NULL AND c.deleted_at IS NULL AND c.hidden_at IS NULL""")
                .bind("c", consultationId)
                .map(row -> new Vote(row.get("author", String.class), Rows.id(row, "comment_id"),
                        switch (row.get("reaction", String.class)) {
                            case "AGREE" -> 1;
                            case "DISAGREE" -> -1;
                            default -> 0;
                        }))
                .all().collectList();
    }

    /** What tells one state of a consultation's votes from another (count and latest reaction, visible comments). */
    public Mono<String> votesStamp(long consultationId) {
        return db.sql("""
                        SELECT count(*) AS n, coalesce(max(r.at)::text, '') AS at, coalesce(sum(hashtext(r.author || r.reaction)), 0) AS h
                        FROM reaction r JOIN comment c ON c.id = r.comment_id
                        WHERE c.consultation_id = :c AND c.parent_id IS NULL AND c.deleted_at IS NULL AND c.hidden_at IS NULL""")
                .bind("c", consultationId)
                .map(row -> row.get("n", Long.class) + "/" + row.get("at", String.class) + "/" + row.get("h", Number.class))
                .one();
    }

    /** The visible comments of a consultation as texts (for duplicates). */
    public Mono<List<DuplicateFinder.Text>> commentTexts(long consultationId) {
        return db.sql("""
                        SELECT id, body FROM comment WHERE consultation_id = :c AND deleted_at IS NULL AND hidden_at IS NULL
                        ORDER BY id""")
                .bind("c", consultationId)
                .map(row -> new DuplicateFinder.Text(Rows.id(row, "id"), row.get("body", String.class))).all().collectList();
    }

    /** The open (not decided, not merged) aspirations of a region as texts (title and body). */
    public Mono<List<DuplicateFinder.Text>> aspirationTexts(long regionId, String status) {
        return Rows.bind(db.sql("""
                        SELECT id, title, body FROM aspiration WHERE region_id = :r AND merged_into_id IS NULL
                        AND (CAST(:status AS varchar) IS NULL AND status IN ('RECEIVED', 'UNDER_REVIEW') OR status = :status)
                        ORDER BY id""").bind("r", regionId), "status", status, String.class)
                .map(row -> new DuplicateFinder.Text(Rows.id(row, "id"),
                        row.get("title", String.class) + ". " + row.get("body", String.class)))
                .all().collectList();
    }
}
