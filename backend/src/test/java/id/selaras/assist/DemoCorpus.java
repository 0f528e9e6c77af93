package id.selaras.assist;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.assist.routing.PlanCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo plan (demo/kota-magelang-rpjmd.json) as a routing corpus, the way {@code AssistRepository} builds one
 * from the database: programs with the titles, descriptions and indicators of their subtrees. Ids are made up here:
 * node and indicator ids count up, OPD ids are the OPDs' positions.
 */
final class DemoCorpus {

    final PlanCorpus corpus;
    final Map<Long, String> opdCodes = new HashMap<>();
    final Map<String, Long> opdIds = new HashMap<>();
    private long nextId = 1;

    DemoCorpus() {
        JsonNode root;
        try (InputStream in = DemoCorpus.class.getResourceAsStream("/demo/kota-magelang-rpjmd.json")) {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long i = 1;
        for (JsonNode opd : root.get("opds")) {
            String shortName = opd.get("shortName").asString();
            opdCodes.put(i, shortName);
            opdIds.put(shortName, i);
            i++;
        }
        List<PlanCorpus.Target> targets = new ArrayList<>();
        for (JsonNode n : root.get("nodes")) {
            collect(n, targets);
        }
        corpus = new PlanCorpus(1, 1, targets);
    }

    private void collect(JsonNode node, List<PlanCorpus.Target> targets) {
        long id = nextId++;
        if ("PROGRAM".equals(node.get("kind").asString())) {
            List<String> titles = new ArrayList<>();
            List<String> descriptions = new ArrayList<>();
            List<PlanCorpus.Item> items = new ArrayList<>();
            subtree(node, titles, descriptions, items);
            targets.add(new PlanCorpus.Target(id, node.get("code").asString(), node.get("title").asString(), titles,
                    descriptions, opds(node), items));
            return;
        }
        for (JsonNode c : children(node)) {
            collect(c, targets);
        }
    }

    private void subtree(JsonNode node, List<String> titles, List<String> descriptions, List<PlanCorpus.Item> items) {
        titles.add(node.get("title").asString());
        if (node.hasNonNull("description")) {
            descriptions.add(node.get("description").asString());
        }
        if (node.has("indicators")) {
            for (JsonNode ind : node.get("indicators")) {
                items.add(new PlanCorpus.Item(nextId++, ind.get("code").asString(), ind.get("name").asString(),
                        ind.hasNonNull("definition") ? ind.get("definition").asString() : null, opds(ind)));
            }
        }
        for (JsonNode c : children(node)) {
            nextId++;
            subtree(c, titles, descriptions, items);
        }
    }

    private static Iterable<JsonNode> children(JsonNode node) {
        return node.has("children") ? node.get("children") : List.of();
    }

    private List<Long> opds(JsonNode node) {
        List<Long> ids = new ArrayList<>();
        if (node.has("opds")) {
            for (JsonNode o : node.get("opds")) {
                Long id = opdIds.get(o.asString());
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
