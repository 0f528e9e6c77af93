package id.selaras.testing;

import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;

/** A fingerprint of every row of the plan tables, to prove a rejected request wrote nothing. */
public final class DatabaseSnapshot {

    private static final List<String> TABLES = List.of("region", "organisation_unit", "plan", "plan_version", "cascade_node",
            "cascade_support", "cascade_node_opd", "indicator", "indicator_target", "indicator_opd", "indicator_alignment",
            "realisation", "event");

    private DatabaseSnapshot() {
    }

    public static String take(DatabaseClient db) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < TABLES.size(); i++) {
            String t = TABLES.get(i);
            sql.append(i == 0 ? "" : " || '/' || ")
                    .append("(SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM ")
                    .append(t).append(" x)");
        }
        return db.sql(sql + " AS fingerprint").map(r -> r.get("fingerprint", String.class)).one().block();
    }
}
