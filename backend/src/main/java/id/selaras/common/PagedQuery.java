package id.selaras.common;

import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * Runs one page of a list query in a single statement. The query selects {@code count(*) over () as total_count}
 * and ends with its ORDER BY; the page's LIMIT/OFFSET are appended. Only a page past the end costs a second count.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    public static <T> Mono<Connection<T>> run(DatabaseClient db, String sql, UnaryOperator<GenericExecuteSpec> binds,
                                               BiFunction<Row, RowMetadata, T> mapper, Page page) {
        if (page.first() == 0) {
            return count(db, sql, binds).map(total -> Connection.of(page, java.util.List.<T>of(), total));
        }
        var total = new long[] {-1};
        return binds.apply(db.sql(sql + " LIMIT :page_limit OFFSET :page_offset")
                        .bind("page_limit", page.limit()).bind("page_offset", page.offset()))
                .map((row, meta) -> {
                    total[0] = row.get("total_count", Long.class);
                    return mapper.apply(row, meta);
                })
                .all()
                .collectList()
                .flatMap(rows -> rows.isEmpty() && page.offset() > 0
                        ? count(db, sql, binds).map(t -> Connection.of(page, rows, t))
                        : Mono.just(Connection.of(page, rows, Math.max(total[0], 0))));
    }

    private static Mono<Long> count(DatabaseClient db, String sql, UnaryOperator<GenericExecuteSpec> binds) {
        return binds.apply(db.sql("SELECT count(*) AS n FROM (" + sql + ") q"))
                .map(row -> row.get("n", Long.class))
                .one();
    }
}
