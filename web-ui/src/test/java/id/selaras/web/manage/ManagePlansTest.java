package id.selaras.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.selaras.web.testing.Browserless;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The planners' page: the diff shown before adopting, its confirmation step, and the cascade's level rules. */
class ManagePlansTest {

    final Browserless browser = Browserless.indonesian();

    @AfterEach
    void close() {
        browser.close();
    }

    static VersionDiff.Change change(String type, String id, String action, String before, String after) {
        return new VersionDiff.Change("1", "2026-11-23T08:00:00Z", "user:x", type, id, action, before, after);
    }

    static final List<VersionDiff.Change> HISTORY = List.of(
            change("PlanVersion", "V2", "CREATED", null, "{\"id\":2}"),
            change("CascadeNode", "N1", "UPDATED",
                    "{\"id\":1,\"title\":\"Meningkatnya derajat kesehatan\",\"code\":\"T1.1\",\"position\":1,\"version\":0}",
                    "{\"id\":1,\"title\":\"Meningkatnya derajat kesehatan masyarakat\",\"code\":\"T1.1\",\"position\":1,\"version\":1}"),
            change("Indicator", "I9", "CREATED", null, "{\"id\":9,\"name\":\"Prevalensi stunting\",\"code\":\"IKU.9\"}"),
            change("Indicator", "I3", "DELETED", "{\"id\":3,\"name\":\"Angka kesakitan DBD\",\"code\":null}", "{\"id\":3}"),
            change("CascadeNode", "N7", "CREATED", null, "{\"id\":7,\"title\":\"Sementara\"}"),
            change("CascadeNode", "N7", "DELETED", "{\"id\":7,\"title\":\"Sementara\"}", null),
            change("CascadeNode", "N4", "MOVED", "{\"id\":4,\"title\":\"Program X\",\"parentId\":2,\"position\":1}",
                    "{\"id\":4,\"title\":\"Program X\",\"parentId\":5,\"position\":2}"),
            change("CascadeNode", "N4", "LINKED", "{\"id\":4,\"title\":\"Program X\",\"parentId\":5,\"position\":2}",
                    "{\"id\":4,\"title\":\"Program X\",\"parentId\":5,\"position\":2}"),
            change("Comment", "C1", "CREATED", null, "{\"body\":\"x\"}"));

    @Test
    void diff_isTheNetEffectPerNodeAndIndicator() {
        List<VersionDiff.Entry> diff = VersionDiff.of(HISTORY);

        assertThat(diff).extracting(VersionDiff.Entry::entityId).containsExactly("N1", "I9", "I3", "N4");
        assertThat(diff.get(0).kind()).isEqualTo(VersionDiff.Kind.CHANGED);
        assertThat(diff.get(0).fields()).containsExactly(new VersionDiff.Field("title", "Meningkatnya derajat kesehatan",
                "Meningkatnya derajat kesehatan masyarakat"));
        assertThat(diff.get(1)).isEqualTo(new VersionDiff.Entry("Indicator", "I9", VersionDiff.Kind.ADDED,
                "IKU.9 Prevalensi stunting", List.of()));
        assertThat(diff.get(2).kind()).isEqualTo(VersionDiff.Kind.REMOVED);
        assertThat(diff.get(2).label()).isEqualTo("Angka kesakitan DBD");
        assertThat(diff.get(3).fields()).containsExactly(new VersionDiff.Field("MOVED", null, null));
    }

    @Test
    void targets_areComparedYearByYear_andANestedIndicatorGivesTheLabel() {
        List<VersionDiff.Entry> diff = VersionDiff.of(List.of(change("Indicator", "I5", "UPDATED",
                "{\"endTarget\":\"Target[year=2021, value=6.12, min=null, max=null]\",\"targets\":[{\"year\":2020,\"value\":6.5},{\"year\":2021,\"value\":6.12}]}",
                "{\"indicator\":{\"id\":5,\"code\":\"IKU-07\",\"name\":\"Angka Kematian Bayi\",\"version\":4,\"endTarget\":{\"year\":2021,\"value\":7.5}},"
                        + "\"targets\":[{\"year\":2020,\"value\":7.7},{\"year\":2021,\"value\":7.5}]}")));

        assertThat(diff).hasSize(1);
        assertThat(diff.getFirst().label()).isEqualTo("IKU-07 Angka Kematian Bayi");
        assertThat(diff.getFirst().fields()).containsExactly(new VersionDiff.Field("endTarget", "6.12", "7.5"),
                new VersionDiff.Field("target 2020", "6.5", "7.7"), new VersionDiff.Field("target 2021", "6.12", "7.5"));
    }

    @Test
    void unnamedEntries_getTheirLabels_andNumbersReadIndonesian() {
        List<VersionDiff.Entry> diff = VersionDiff.labelled(List.of(new VersionDiff.Entry("Indicator", "SW5kaWNhdG9yOjU",
                VersionDiff.Kind.CHANGED, "", List.of(new VersionDiff.Field("target 2020", "1000000.0", "550000.5")))),
                java.util.Map.of("SW5kaWNhdG9yOjU", "IKU-07 Angka Kematian Bayi"));

        AdoptPanel panel = new AdoptPanel(plan(true), diff);

        assertThat(panel.changes().getElement().getTextRecursively())
                .contains("Diubah · Indikator: IKU-07 Angka Kematian Bayi").contains("1.000.000 → 550.000,5");
    }

    static ManageClient.Plan plan(boolean adopted) {
        return new ManageClient.Plan("UGxhbjox", "RPJMD", "RPJMD Kota Magelang 2025–2029", 2025, 2029, 3,
                adopted ? new ManageClient.Version("UGxhblZlcnNpb246MQ", 1, "ADOPTED", 4, null, null, null, null, null) : null,
                new ManageClient.Version("UGxhblZlcnNpb246Mg", 2, "IN_CONSULTATION", 7, null, null, null, 120, 80), null);
    }

    @Test
    void adopting_showsTheChanges_andNeedsTheCheckBoxTicked() {
        AdoptPanel panel = new AdoptPanel(plan(true), VersionDiff.of(HISTORY));

        assertThat(panel.getElement().getTextRecursively()).contains("1 ditambah, 2 diubah, 1 dihapus.")
                .contains("Perubahan dibandingkan versi 1 yang berlaku");
        assertThat(panel.changes().getElement().getChild(0).getAttribute("data-kind")).isEqualTo("CHANGED");
        assertThat(panel.changes().getElement().getChild(0).getTextRecursively())
                .contains("Diubah · Node: T1.1 Meningkatnya derajat kesehatan masyarakat")
                .contains("Meningkatnya derajat kesehatan → Meningkatnya derajat kesehatan masyarakat");
        assertThat(panel.changes().getElement().getChild(3).getTextRecursively()).contains("dipindah");

        assertThat(panel.confirmButton().isEnabled()).isFalse();
        panel.checkedBox().setValue(true);
        assertThat(panel.confirmButton().isEnabled()).isTrue();
        assertThat(panel.checkedBox().getLabel()).isEqualTo("Saya telah memeriksa perubahan ini");
    }

    @Test
    void theFirstVersion_saysEverythingIsAdopted() {
        AdoptPanel panel = new AdoptPanel(plan(false), List.of());

        assertThat(panel.getElement().getTextRecursively()).contains("Ini versi pertama rencana ini")
                .contains("Tidak ada perubahan isi.");
    }

    static ManageClient.Node node(String id, String kind, String parent, int position, String... supports) {
        return new ManageClient.Node(id, kind, null, kind + " " + id, null, position, 0,
                parent == null ? null : new ManageClient.Ref(parent),
                java.util.Arrays.stream(supports).map(s -> new ManageClient.NodeRef(s, "TUJUAN", null, s)).toList(), List.of());
    }

    @Test
    void cascade_levels_movesAndCrossCuttingLinks() {
        CascadeTree tree = new CascadeTree(List.of(
                node("v", "VISI", null, 1),
                node("m2", "MISI", "v", 2), node("m1", "MISI", "v", 1),
                node("t1", "TUJUAN", "m1", 1), node("t2", "TUJUAN", "m2", 1), node("t3", "TUJUAN", "m2", 2),
                node("s1", "SASARAN", "t1", 1, "t2")));

        assertThat(tree.roots()).extracting(ManageClient.Node::id).containsExactly("v");
        assertThat(tree.children(tree.roots().getFirst())).extracting(ManageClient.Node::id).containsExactly("m1", "m2");
        assertThat(CascadeTree.childKind("PROGRAM")).isEqualTo("KEGIATAN");
        assertThat(CascadeTree.childKind("SUB_KEGIATAN")).isNull();
        assertThat(CascadeTree.parentKind("VISI")).isNull();
        ManageClient.Node s1 = node("s1", "SASARAN", "t1", 1, "t2");
        assertThat(tree.parentsFor(s1)).extracting(ManageClient.Node::id).containsExactly("t1", "t2", "t3");
        assertThat(tree.supportable(s1)).extracting(ManageClient.Node::id).containsExactly("t3");
    }
}
