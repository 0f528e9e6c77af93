package id.selaras.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A Relay cursor connection; backs every {@code XxxConnection} type of the schema. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    /** One item and its cursor. */
    public record Edge<T>(String cursor, T node) { }

    /** Relay page information. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) { }

    /**
     * Builds a connection from up to {@code page.limit()} rows fetched at {@code page.offset()} and the total count.
     */
    public static <T> Connection<T> of(Page page, List<T> rows, long total) {
        int n = Math.min(rows.size(), page.first());
        List<Edge<T>> edges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            edges.add(new Edge<>(Page.cursor(page.offset() + i), rows.get(i)));
        }
        PageInfo info = new PageInfo(rows.size() > page.first(), page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, info, (int) Math.min(total, Integer.MAX_VALUE));
    }

    public <R> Connection<R> map(Function<T, R> f) {
        return new Connection<>(edges.stream().map(e -> new Edge<>(e.cursor(), f.apply(e.node()))).toList(), pageInfo, totalCount);
    }
}
