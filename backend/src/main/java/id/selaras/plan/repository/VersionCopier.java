package id.selaras.plan.repository;

import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Copies the whole content of a plan version (cascade, cross-cutting links, responsible OPDs, indicators with
 * targets, OPDs and alignments) into another, in a fixed number of set-based statements whatever its size. Each
 * copy remembers its origin, so versions can be compared; indicators keep their lineage, so realisations follow them.
 */
@Repository
public class VersionCopier {

    private static final String[] STATEMENTS = {
        """
        INSERT INTO cascade_node (plan_version_id, kind, code, title, description, position, origin_id)
        SELECT :to, kind, code, title, description, position, id FROM cascade_node WHERE plan_version_id = :from""",
        """
        UPDATE cascade_node n SET parent_id = np.id
        FROM cascade_node o JOIN cascade_node np ON np.origin_id = o.parent_id AND np.plan_version_id = :to
        WHERE n.plan_version_id = :to AND o.id = n.origin_id""",
        """
        INSERT INTO cascade_support (node_id, supports_id)
        SELECT a.id, b.id FROM cascade_support s
        JOIN cascade_node a ON a.origin_id = s.node_id AND a.plan_version_id = :to
        JOIN cascade_node b ON b.origin_id = s.supports_id AND b.plan_version_id = :to""",
        """
        INSERT INTO cascade_node_opd (node_id, opd_id, position)
        SELECT n.id, o.opd_id, o.position FROM cascade_node_opd o
        JOIN cascade_node n ON n.origin_id = o.node_id AND n.plan_version_id = :to""",
        """
        INSERT INTO indicator (node_id, plan_version_id, lineage_id, origin_id, code, name, unit, definition, formula,
            data_source, concept, classification, frequency, selection_reason, polarity, aggregation, type, position,
            baseline_year, baseline_value, end_value, end_min, end_max)
        SELECT n.id, :to, i.lineage_id, i.id, i.code, i.name, i.unit, i.definition, i.formula, i.data_source, i.concept,
            i.classification, i.frequency, i.selection_reason, i.polarity, i.aggregation, i.type, i.position,
            i.baseline_year, i.baseline_value, i.end_value, i.end_min, i.end_max
        FROM indicator i JOIN cascade_node n ON n.origin_id = i.node_id AND n.plan_version_id = :to
        WHERE i.plan_version_id = :from""",
        """
        INSERT INTO indicator_target (indicator_id, year, value, min_value, max_value)
        SELECT n.id, t.year, t.value, t.min_value, t.max_value FROM indicator_target t
        JOIN indicator n ON n.origin_id = t.indicator_id AND n.plan_version_id = :to""",
        """
        INSERT INTO indicator_opd (indicator_id, opd_id, position)
        SELECT n.id, o.opd_id, o.position FROM indicator_opd o
        JOIN indicator n ON n.origin_id = o.indicator_id AND n.plan_version_id = :to""",
        """
        INSERT INTO indicator_alignment (indicator_id, reference_indicator_id)
        SELECT n.id, a.reference_indicator_id FROM indicator_alignment a
        JOIN indicator n ON n.origin_id = a.indicator_id AND n.plan_version_id = :to"""
    };

    private final DatabaseClient db;

    VersionCopier(DatabaseClient db) {
        this.db = db;
    }

    /** Copies; emits the number of nodes copied. Runs inside the caller's transaction. */
    public Mono<Long> copy(long from, long to) {
        return Flux.fromArray(STATEMENTS)
                .concatMap(sql -> bind(sql, from, to).fetch().rowsUpdated())
                .collectList()
                .map(List::getFirst);
    }

    private DatabaseClient.GenericExecuteSpec bind(String sql, long from, long to) {
        var spec = db.sql(sql).bind("to", to);
        return sql.contains(":from") ? spec.bind("from", from) : spec;
    }
}
