package id.selaras.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a Relay cursor connection as the API returns it ({@code edges { node } pageInfo totalCount}), read by
 * {@link Api.Request#field}; {@link #all} follows the cursors when a view needs every item.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public record Edge<T>(T node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    public List<T> nodes() {
        return edges == null ? List.of() : edges.stream().map(Edge::node).toList();
    }

    /**
     * Every item, page after page ({@code page} gets the cursor to continue after, null for the first page), stopping
     * after {@code maxPages} pages so a runaway cursor cannot hold the view.
     */
    public static <T> List<T> all(Function<String, Connection<T>> page, int maxPages) {
        List<T> all = new ArrayList<>();
        String after = null;
        for (int n = 0; n < maxPages; n++) {
            Connection<T> p = page.apply(after);
            if (p == null) {
                break;
            }
            all.addAll(p.nodes());
            if (p.pageInfo() == null || !p.pageInfo().hasNextPage() || p.pageInfo().endCursor() == null) {
                break;
            }
            after = p.pageInfo().endCursor();
        }
        return all;
    }
}
