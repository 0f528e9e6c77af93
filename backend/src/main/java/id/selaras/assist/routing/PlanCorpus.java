package id.selaras.assist.routing;

import java.util.List;

/**
 * What aspirations are routed to, from one plan version: its programs (or, in a plan without programs, its deepest
 * nodes), each with the words of its subtree (kegiatan and sub kegiatan titles, descriptions, nomenclature names) and
 * the indicators in it. {@code stamp} tells one state of the plan version from another (for the index cache).
 */
public record PlanCorpus(long planVersionId, long stamp, List<Target> targets) {

    public PlanCorpus {
        targets = List.copyOf(targets);
    }

    /**
     * A program (cascade node) to route to.
     *
     * @param titles       the node's title, then the titles and nomenclature names of the nodes below it
     * @param descriptions descriptions of the node and the nodes below
     * @param opdIds       the responsible OPDs, lead first
     * @param indicators   its indicators, then those of the nodes below (outcome first)
     */
    public record Target(long nodeId, String code, String title, List<String> titles, List<String> descriptions,
                         List<Long> opdIds, List<Item> indicators) {

        public Target {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
            opdIds = List.copyOf(opdIds);
            indicators = List.copyOf(indicators);
        }
    }

    /** An indicator in a target's subtree, with its responsible OPDs (lead first). */
    public record Item(long indicatorId, String code, String name, String definition, List<Long> opdIds) {

        public Item {
            opdIds = List.copyOf(opdIds);
        }
    }
}
