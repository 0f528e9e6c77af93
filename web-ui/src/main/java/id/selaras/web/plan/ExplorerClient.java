package id.selaras.web.plan;

import java.util.ArrayList;
import java.util.List;

import id.selaras.web.api.Api;
import org.springframework.stereotype.Component;

/** The plan explorer's GraphQL client; its operations are in {@code graphql-documents/explorer.graphql}. */
@Component
public class ExplorerClient {

    static final String DOCUMENT = "explorer";
    static final int PAGE = 100;
    /** A cascade larger than this is cut (an RPJMD has a few hundred nodes); the page says so. */
    static final int MAX_PAGES = 30;

    private final Api api;

    ExplorerClient(Api api) {
        this.api = api;
    }

    public List<ExplorerData.Plan> plans() {
        ExplorerData.PlanConnection c = api.request(DOCUMENT, "PlanList").variable("first", PAGE)
                .field("plans", ExplorerData.PlanConnection.class);
        return c == null ? List.of() : c.list();
    }

    public ExplorerData.VersionPage version(String id) {
        return api.request(DOCUMENT, "PlanVersionPage").variable("id", id).field("node", ExplorerData.VersionPage.class);
    }

    /** The whole cascade of a version in tree order, read a page at a time. */
    public List<ExplorerData.Node> cascade(String versionId) {
        List<ExplorerData.Node> nodes = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ExplorerData.NodePage p = api.request(DOCUMENT, "CascadePage").variable("id", versionId)
                    .variable("first", PAGE).variable("after", after).field("node.nodes", ExplorerData.NodePage.class);
            if (p == null || p.edges() == null) {
                break;
            }
            p.edges().forEach(e -> nodes.add(e.node()));
            if (p.pageInfo() == null || !Boolean.TRUE.equals(p.pageInfo().hasNextPage())) {
                break;
            }
            after = p.pageInfo().endCursor();
        }
        return nodes;
    }
}
