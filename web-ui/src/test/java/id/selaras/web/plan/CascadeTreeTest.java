package id.selaras.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.selaras.web.chart.CascadeDiagram;
import org.junit.jupiter.api.Test;

/** The flat node list of the API becomes the pohon kinerja: children under their parent, siblings in order. */
class CascadeTreeTest {

    static ExplorerData.Node node(String id, String parent, String kind, int position, List<String> supports, int indicators) {
        return new ExplorerData.Node(id, kind, null, "Node " + id, null, position,
                parent == null ? null : new ExplorerData.Ref(parent), supports.stream().map(ExplorerData.Ref::new).toList(),
                List.of(), java.util.stream.IntStream.range(0, indicators)
                .mapToObj(i -> new ExplorerData.IndicatorRef(id + "-i" + i, null, "Indikator " + i, "%")).toList());
    }

    static final List<ExplorerData.Node> NODES = List.of(
            node("v", null, "VISI", 1, List.of(), 0),
            node("m2", "v", "MISI", 2, List.of(), 0),
            node("m1", "v", "MISI", 1, List.of(), 1),
            node("s1", "m1", "SASARAN", 1, List.of(), 2),
            node("s2", "m2", "SASARAN", 1, List.of(), 1),
            node("p1", "s1", "PROGRAM", 1, List.of("s2"), 1),
            node("k1", "p1", "KEGIATAN", 1, List.of(), 3));

    @Test
    void build_nestsChildrenInPositionOrder() {
        List<CascadeTree.Branch> roots = CascadeTree.build(NODES);

        assertThat(roots).singleElement().satisfies(v -> {
            assertThat(v.children()).extracting(b -> b.node().id()).containsExactly("m1", "m2");
            assertThat(v.indicatorsBelow()).isEqualTo(8);
        });
    }

    @Test
    void aNodeWhoseParentIsMissing_isShownAsARoot() {
        assertThat(CascadeTree.build(List.of(node("x", "gone", "PROGRAM", 1, List.of(), 0))))
                .extracting(b -> b.node().id()).containsExactly("x");
    }

    @Test
    void theDiagram_stopsAtPrograms_andKeepsOnlyLinksBetweenDrawnBoxes() {
        List<CascadeDiagram.Box> boxes = CascadeTree.boxes(CascadeTree.build(NODES), "PROGRAM",
                Map.of("PROGRAM", "Program"));

        assertThat(boxes).extracting(CascadeDiagram.Box::id).containsExactly("v", "m1", "s1", "p1", "m2", "s2");
        assertThat(boxes.get(3)).satisfies(p -> {
            assertThat(p.kind()).isEqualTo("Program");
            assertThat(p.parentId()).isEqualTo("s1");
            assertThat(p.supports()).containsExactly("s2");
        });
    }
}
