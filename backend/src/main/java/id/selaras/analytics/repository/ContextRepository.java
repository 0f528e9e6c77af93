package id.selaras.analytics.repository;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.selaras.analytics.PlanSnapshot.Context;
import id.selaras.analytics.PlanSnapshot.Nomenclature;
import id.selaras.analytics.PlanSnapshot.Previous;
import id.selaras.analytics.PlanSnapshot.Reference;
import id.selaras.common.Rows;
import id.selaras.indicator.Band;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.RatingScheme;
import id.selaras.indicator.Target;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * What a version's checks read from outside it: the reference indicators its indicators align to, the IKU of the
 * version it revises, the nomenclature codes it uses that the nomenclature knows, and its plan's rating scheme.
 */
@Repository
class ContextRepository {

    private static final String REFERENCE_IDS = """
            SELECT a.reference_indicator_id FROM indicator_alignment a JOIN indicator i ON i.id = a.indicator_id
            WHERE i.plan_version_id = :v""";

    private final DatabaseClient db;

    ContextRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Context> load(long v) {
        Mono<Map<Long, List<Target>>> referenceTargets = targets(
                "SELECT * FROM indicator_target WHERE indicator_id IN (" + REFERENCE_IDS + ") ORDER BY indicator_id, year", v);
        Mono<List<Map.Entry<Long, Object[]>>> references = db.sql("""
                        SELECT a.indicator_id AS local_id, r.*, p.title AS plan_title, p.period_start, p.period_end
                        FROM indicator_alignment a JOIN indicator i ON i.id = a.indicator_id
                        JOIN indicator r ON r.id = a.reference_indicator_id
                        JOIN plan_version rv ON rv.id = r.plan_version_id JOIN plan p ON p.id = rv.plan_id
                        WHERE i.plan_version_id = :v ORDER BY a.indicator_id, p.id, r.id""").bind("v", v)
                .map(row -> Map.entry(Rows.id(row, "local_id"), new Object[] {
                        ReadModel.indicator(row, row.get("period_end", Integer.class)), row.get("plan_title", String.class),
                        row.get("period_start", Integer.class), row.get("period_end", Integer.class)}))
                .all().collectList();
        Mono<Map<Long, List<Reference>>> linked = Mono.zip(references, referenceTargets).map(t -> ReadModel.group(
                t.getT1().stream().map(e -> Map.entry(e.getKey(), reference(e.getValue(), t.getT2()))).toList()));
        Mono<Previous> previous = Mono.zip(
                db.sql("""
                                SELECT i.*, p.period_end FROM plan_version v JOIN indicator i ON i.plan_version_id = v.based_on_id
                                JOIN plan p ON p.id = v.plan_id WHERE v.id = :v AND i.type = 'IKU' ORDER BY i.id""").bind("v", v)
                        .map(row -> ReadModel.indicator(row, row.get("period_end", Integer.class))).all().collectList(),
                targets("""
                        SELECT t.* FROM plan_version v JOIN indicator i ON i.plan_version_id = v.based_on_id
                        JOIN indicator_target t ON t.indicator_id = i.id
                        WHERE v.id = :v AND i.type = 'IKU' ORDER BY t.indicator_id, t.year""", v))
                .map(t -> new Previous(t.getT1(), t.getT2()));
        Mono<Nomenclature> nomenclature = db.sql("""
                        SELECT EXISTS (SELECT 1 FROM nomenclature) AS loaded,
                               array(SELECT DISTINCT c.code FROM cascade_node c JOIN nomenclature n ON n.code = c.code
                                     WHERE c.plan_version_id = :v) AS known""").bind("v", v)
                .map(row -> new Nomenclature(Boolean.TRUE.equals(row.get("loaded", Boolean.class)),
                        Set.of(row.get("known", String[].class)))).one();
        return Mono.zip(linked, previous, nomenclature).map(t -> new Context(t.getT1(), t.getT2(), t.getT3()));
    }

    /** The rating scheme of the version's plan, bands in order. */
    Mono<RatingScheme> scheme(long v) {
        return db.sql("""
                        SELECT s.id, s.key, s.name, b.label, b.min_percent, b.max_percent, b.colour
                        FROM plan_version v JOIN plan p ON p.id = v.plan_id JOIN rating_scheme s ON s.id = p.rating_scheme_id
                        JOIN rating_band b ON b.scheme_id = s.id WHERE v.id = :v ORDER BY b.position""").bind("v", v)
                .map(row -> new Object[] {Rows.id(row, "id"), row.get("key", String.class), row.get("name", String.class),
                        new Band(row.get("label", String.class), Rows.dbl(row, "min_percent"), Rows.dbl(row, "max_percent"),
                                row.get("colour", String.class))})
                .all().collectList()
                .map(rows -> new RatingScheme((Long) rows.getFirst()[0], (String) rows.getFirst()[1],
                        (String) rows.getFirst()[2], rows.stream().map(r -> (Band) r[3]).toList()));
    }

    private Mono<Map<Long, List<Target>>> targets(String sql, long v) {
        return db.sql(sql).bind("v", v).map(ReadModel::target).all().collectList().map(ReadModel::group);
    }

    private static Reference reference(Object[] row, Map<Long, List<Target>> targets) {
        Indicator indicator = (Indicator) row[0];
        return new Reference(indicator, targets.getOrDefault(indicator.id(), List.of()), (String) row[1],
                (Integer) row[2], (Integer) row[3]);
    }
}
