package id.selaras.web.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import id.selaras.web.controls.Choice;
import id.selaras.web.testing.Browserless;
import id.selaras.web.triage.TriageClient.Aspiration;
import id.selaras.web.triage.TriageClient.Changed;
import id.selaras.web.triage.TriageClient.Duplicate;
import id.selaras.web.triage.TriageClient.DuplicateGroup;
import id.selaras.web.triage.TriageClient.Suggestion;
import id.selaras.web.ui.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The triage page and the opinion groups section without a browser: chips, versions, conflicts, merging, the SVG check. */
class TriageTest {

    private final Browserless browser = Browserless.indonesian();

    @AfterEach
    void close() {
        browser.close();
    }

    // ---- explanation chips ------------------------------------------------------------------------------------

    @Test
    void matchedTerms_becomeChips_citizensWordToPlansWord() {
        List<MatchedTerms.Chip> chips = MatchedTerms.chips(List.of("got", "banjir→genangan", " hujan ", "macet -> lalu lintas",
                "", "got", "→genangan"));

        assertThat(chips).extracting(MatchedTerms.Chip::text)
                .containsExactly("got", "banjir → genangan", "hujan", "macet → lalu lintas");
        assertThat(chips).extracting(MatchedTerms.Chip::translated).containsExactly(false, true, false, true);
        assertThat(MatchedTerms.chips(null)).isEmpty();
    }

    @Test
    void theCard_showsTheExplanation_withChips_andLabelledButtons() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));

        List<Element> chips = byClass(view.queue().getElement(), "term-chip");
        assertThat(chips).extracting(Element::getText).containsExactly("got", "banjir → genangan", "hujan");
        assertThat(chips.get(1).getAttribute("title")).contains("banjir").contains("genangan");
        assertThat(byClass(view.queue().getElement(), "suggestion-why")).first().extracting(Element::getText)
                .asString().contains("Kata yang cocok");
        List<Element> confirms = byClass(view.queue().getElement(), "suggestion-confirm");
        assertThat(confirms).hasSize(2);
        assertThat(confirms.getFirst().getAttribute("aria-label")).contains("Program Drainase").contains("Got mampet");
        assertThat(text(view)).contains("Kel. Kemirirejo").contains("Diterima");
    }

    // ---- confirm / reject with versions -----------------------------------------------------------------------

    @Test
    void confirming_sendsTheVersionSeen_thenTheVersionLearnt() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));
        Aspiration a = client.aspiration;

        assertThat(view.confirm(a, a.suggestions().get(0), new Div())).isTrue();
        assertThat(view.confirm(a, a.suggestions().get(1), new Div())).isTrue();

        assertThat(client.sent).containsExactly("confirm A1@3 node N1 ind I1 opd O1", "confirm A1@4 node N2 ind - opd -");
        assertThat(view.noticeText()).contains("ditautkan");
        assertThat(view.statusShown("A1")).as("the status the answer brought").isEqualTo("Sedang dikaji");
    }

    @Test
    void rejecting_linksNothing_andSaysSo() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));

        assertThat(view.reject(client.aspiration, client.aspiration.suggestions().get(0), new Div())).isTrue();

        assertThat(client.sent).containsExactly("reject A1 node N1");
        assertThat(view.noticeText()).contains("ditolak");
    }

    @Test
    void clickingConfirm_replacesTheButtonsWithTheOutcome() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));

        Element confirm = byClass(view.queue().getElement(), "suggestion-confirm").getFirst();
        Browserless.click((NativeButton) confirm.getComponent().orElseThrow());

        assertThat(client.sent).containsExactly("confirm A1@3 node N1 ind I1 opd O1");
        assertThat(confirm.getParent().isVisible()).isFalse();
    }

    @Test
    void aConflict_reloadsThePage_andTellsTheOfficer() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));
        client.refuse = Classification.CONFLICT;

        assertThat(view.confirm(client.aspiration, client.aspiration.suggestions().getFirst(), new Div())).isFalse();

        assertThat(client.loads).as("loaded at open, and again after the conflict").isEqualTo(2);
        assertThat(view.noticeText()).contains("diubah orang lain");
    }

    @Test
    void anotherRefusal_isShownAtTheForm_inThePagesLanguage() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));
        client.refuse = Classification.BAD_REQUEST;
        Div problems = new Div();

        assertThat(view.confirm(client.aspiration, client.aspiration.suggestions().getFirst(), problems)).isFalse();

        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains("Node tidak disarankan");
        assertThat(client.loads).isEqualTo(1);
    }

    // ---- status with a reason ---------------------------------------------------------------------------------

    @Test
    void anOutcome_needsAReason_checkedHereFirst() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));
        Field status = new Field("s", "Status", new Choice());
        Field reason = new Field("r", "Alasan", new TextArea());

        assertThat(view.changeStatus(client.aspiration, "NOT_ACCOMMODATED", "  ", status, reason, new Div())).isFalse();
        assertThat(reason.error()).contains("alasan");
        assertThat(client.sent).isEmpty();

        assertThat(view.changeStatus(client.aspiration, "NOT_ACCOMMODATED", " Sudah  dianggarkan\n2027 ", status, reason,
                new Div())).isTrue();
        assertThat(client.sent).containsExactly("status A1@3 NOT_ACCOMMODATED: Sudah dianggarkan 2027");
        assertThat(client.loads).as("reloaded: an outcome leaves the queue").isEqualTo(2);
    }

    @Test
    void theStatusForm_sendsWhatTheOfficerChose() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));
        Component form = byClass(view.queue().getElement(), "triage-status").getFirst().getComponent().orElseThrow();
        Choice status = descendants(form).filter(Choice.class::isInstance).map(Choice.class::cast).findFirst().orElseThrow();
        id.selaras.web.controls.TextBox reason = descendants(form).filter(id.selaras.web.controls.TextBox.class::isInstance)
                .map(id.selaras.web.controls.TextBox.class::cast).findFirst().orElseThrow();
        assertThat(status.getElement().getAttribute("id")).isNotBlank();
        assertThat(byTag(form.getElement(), "label")).extracting(e -> e.getAttribute("for"))
                .contains(status.getElement().getAttribute("id"), reason.getElement().getAttribute("id"));

        status.setValue("PARTLY_ACCOMMODATED");
        reason.setValue("Sebagian masuk RKPD 2027");
        Browserless.click((NativeButton) byClass(form.getElement(), "triage-status-save").getFirst().getComponent().orElseThrow());

        assertThat(client.sent).containsExactly("status A1@3 PARTLY_ACCOMMODATED: Sebagian masuk RKPD 2027");
        assertThat(view.noticeText()).contains("Diakomodasi sebagian");
    }

    @Test
    void underReview_needsNoReason() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));

        assertThat(view.changeStatus(client.aspiration, "UNDER_REVIEW", "", new Field("s", "S", new Choice()),
                new Field("r", "R", new TextArea()), new Div())).isTrue();
        assertThat(client.sent).containsExactly("status A1@3 UNDER_REVIEW: null");
    }

    // ---- merging ----------------------------------------------------------------------------------------------

    @Test
    void merging_asksFirst_sayingEveryAuthorIsTold_thenSendsThePrimarysVersion() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));
        assertThat(text(view)).contains("akan diberi tahu hasilnya");
        DuplicateGroup group = client.group;
        Duplicate primary = group.aspirations().get(1);
        Div area = new Div();

        view.askMerge(group, primary, area, new Div());

        assertThat(area.isVisible()).isTrue();
        assertThat(area.getElement().getTextRecursively()).contains("2 aspirasi lain").contains("Got depan SD")
                .contains("Semua 3 penulis akan diberi tahu");
        assertThat(client.sent).as("nothing merged before the officer confirms").isEmpty();

        Element yes = byClass(area.getElement(), "merge-yes").getFirst();
        Browserless.click((NativeButton) yes.getComponent().orElseThrow());

        assertThat(client.sent).containsExactly("merge D2@7 <- [D1, D3]");
        assertThat(view.noticeText()).contains("2 aspirasi digabungkan");
    }

    @Test
    void cancellingTheMerge_sendsNothing() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of("33.71"));
        Div area = new Div();
        view.askMerge(client.group, client.group.aspirations().getFirst(), area, new Div());

        Browserless.click((NativeButton) byClass(area.getElement(), "merge-no").getFirst().getComponent().orElseThrow());

        assertThat(area.isVisible()).isFalse();
        assertThat(client.sent).isEmpty();
    }

    @Test
    void anOfficerWithoutARegion_isToldSo() {
        FakeClient client = new FakeClient();
        TriageView view = new TriageView(client, List.of());

        assertThat(text(view)).contains("belum terhubung dengan wilayah");
        assertThat(client.loads).isZero();
    }

    // ---- the SVG check ----------------------------------------------------------------------------------------

    static final String MAP = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opinion-map\" viewBox=\"0 0 400 400\" "
            + "role=\"img\" aria-labelledby=\"om-title\"><title id=\"om-title\">Peta &amp; kelompok</title>"
            + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><circle cx=\"1.0\" cy=\"2.0\" r=\"3\" fill=\"#0072b2\"/>"
            + "<text x=\"5\" y=\"6\">Kelompok A (3)</text></svg>";

    @Test
    void theServersMap_isShownOnlyWhenItIsOneInertSvg() {
        assertThat(SafeSvg.check(MAP)).contains(MAP);
        assertThat(SafeSvg.check("  " + MAP + "\n")).contains(MAP);
        assertThat(SafeSvg.check(null)).isEmpty();
        assertThat(SafeSvg.check("<div>" + MAP + "</div>")).isEmpty();
        assertThat(SafeSvg.check("<script>alert(1)</script>" + MAP)).isEmpty();
        assertThat(SafeSvg.check(MAP.replace("<rect", "<script>alert(1)</script><rect"))).isEmpty();
        assertThat(SafeSvg.check(MAP.replace("<rect ", "<rect onload=\"alert(1)\" "))).isEmpty();
        assertThat(SafeSvg.check(MAP.replace("<rect", "<a href=\"javascript:alert(1)\"><rect"))).isEmpty();
        assertThat(SafeSvg.check(MAP.replace("<rect", "<foreignObject><div/></foreignObject><rect"))).isEmpty();
        assertThat(SafeSvg.check(MAP.replace("<rect", "<image xlink:href=\"https://x.example/t.png\"/><rect"))).isEmpty();
        assertThat(SafeSvg.check(MAP + "<svg></svg>")).isEmpty();
        assertThat(SafeSvg.check("<!DOCTYPE svg [<!ENTITY x \"y\">]>" + MAP)).isEmpty();
        assertThat(SafeSvg.check(MAP.replace("fill=\"#ffffff\"", "style=\"fill:url(https://x.example)\""))).isEmpty();
    }

    @Test
    void opinionGroups_showTheMap_theGroups_theConsensus_andATable() {
        FakeOpinions opinions = new FakeOpinions();
        OpinionGroupsSection section = new OpinionGroupsSection(opinions, "C1", () -> 0L);

        assertThat(section.content().getChildren().flatMap(TriageTest::descendants).filter(Html.class::isInstance)).hasSize(1);
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Kelompok A (3 peserta)").contains("Setuju 90 %").contains("(lainnya 20 %)")
                .contains("Perbaiki drainase").contains("Yang disepakati semua kelompok").contains("Tanam pohon");
        Element table = byTag(section.getElement(), "table").getFirst();
        assertThat(byTag(table, "caption")).isNotEmpty();
        assertThat(byTag(table, "tbody").getFirst().getChildCount()).isEqualTo(2);
        assertThat(section.statusText()).contains("5 peserta");
    }

    @Test
    void anUnsafeMap_isLeftOut_andTheTableStays() {
        FakeOpinions opinions = new FakeOpinions();
        opinions.svg = MAP.replace("<rect", "<script>alert(1)</script><rect");
        OpinionGroupsSection section = new OpinionGroupsSection(opinions, "C1", () -> 0L);

        assertThat(section.content().getChildren().flatMap(TriageTest::descendants).filter(Html.class::isInstance)).isEmpty();
        assertThat(section.getElement().getTextRecursively()).contains("Peta tidak dapat ditampilkan");
        assertThat(byTag(section.getElement(), "table")).hasSize(1);
    }

    @Test
    void activity_reloadsTheGroups_atMostEveryThreeSeconds() {
        FakeOpinions opinions = new FakeOpinions();
        AtomicLong now = new AtomicLong(0);
        OpinionGroupsSection section = new OpinionGroupsSection(opinions, "C1", now::get);
        assertThat(opinions.loads).isEqualTo(1);

        now.set(1_000_000_000L);
        section.changed();
        assertThat(opinions.loads).as("within 3 s of the last load: later (not attached here)").isEqualTo(1);

        now.set(3_500_000_000L);
        section.changed();
        assertThat(opinions.loads).isEqualTo(2);

        Browserless.click((NativeButton) byId(section.getElement(), "opinion-refresh").getComponent().orElseThrow());
        assertThat(opinions.loads).as("Perbarui always loads").isEqualTo(3);
    }

    // ---- fakes and helpers ------------------------------------------------------------------------------------

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T03:00:00Z");

    static class FakeClient extends TriageClient {
        final List<String> sent = new ArrayList<>();
        int loads;
        Classification refuse;
        final Aspiration aspiration = new Aspiration("A1", "Got mampet", "Got depan rumah mampet, banjir tiap hujan", "INFRA",
                "RECEIVED", AT, AT, 3, new Named("Kel. Kemirirejo"), null, List.of(), List.of(),
                List.of(new Step("RECEIVED", null, AT)), List.of(), List.of(
                new Suggestion(1, 7.5, List.of("got", "banjir→genangan"), 3, 0,
                        "Kata yang cocok: got, banjir→genangan — dengan \"Program Drainase\".",
                        new Node("N1", "PROGRAM", "1.03.03", "Program Drainase"), new IndicatorRef("I1", "1.a", "Panjang drainase"),
                        new Opd("O1", "Dinas Pekerjaan Umum", "DPUPR")),
                new Suggestion(2, 3.1, List.of("hujan"), 0, 0, "Kata yang cocok: hujan.",
                        new Node("N2", "PROGRAM", "1.03.10", "Program Air Minum"), null, null)));
        final DuplicateGroup group = new DuplicateGroup(0.62, List.of("got", "mampet"), List.of(
                new Duplicate("D1", "Got mampet", "Got mampet di jalan", "RECEIVED", AT, 1, null),
                new Duplicate("D2", "Got depan SD", "Got depan SD mampet", "UNDER_REVIEW", AT, 7, new Named("Kel. Cacaban")),
                new Duplicate("D3", "Selokan mampet", "Got mampet lagi", "RECEIVED", AT, 0, null)));
        private int version = 3;

        FakeClient() {
            super(null);
        }

        @Override
        public Region region(String code) {
            return new Region("R1", code, "Kota Magelang");
        }

        @Override
        public Queue queue(String regionId) {
            loads++;
            return new Queue(List.of(aspiration), 1);
        }

        @Override
        public List<DuplicateGroup> duplicates(String regionId) {
            return List.of(group);
        }

        @Override
        public Changed confirm(String aspirationId, int v, Suggestion s) {
            refuse();
            sent.add("confirm " + aspirationId + "@" + v + " node " + s.node().id() + " ind "
                    + (s.indicator() == null ? "-" : s.indicator().id()) + " opd " + (s.opd() == null ? "-" : s.opd().id()));
            return new Changed(aspirationId, ++version, "UNDER_REVIEW");
        }

        @Override
        public Changed reject(String aspirationId, String nodeId) {
            refuse();
            sent.add("reject " + aspirationId + " node " + nodeId);
            return new Changed(aspirationId, version, "RECEIVED");
        }

        @Override
        public Changed changeStatus(String aspirationId, int v, String status, String reason) {
            refuse();
            sent.add("status " + aspirationId + "@" + v + " " + status + ": " + reason);
            return new Changed(aspirationId, ++version, status);
        }

        @Override
        public Changed merge(String primaryId, int v, List<String> duplicateIds) {
            refuse();
            sent.add("merge " + primaryId + "@" + v + " <- " + duplicateIds);
            return new Changed(primaryId, v + 1, "UNDER_REVIEW");
        }

        private void refuse() {
            if (refuse != null) {
                Classification c = refuse;
                refuse = null;
                throw new ApiException("Op", List.of(new ApiError(c == Classification.CONFLICT ? "Diubah orang lain"
                        : "Node tidak disarankan untuk aspirasi ini", c, c.name(), null, null)));
            }
        }
    }

    static class FakeOpinions extends OpinionClient {
        int loads;
        String svg = MAP;

        FakeOpinions() {
            super(null);
        }

        @Override
        public Groups groups(String consultationId) {
            loads++;
            Statement drain = new Statement(true, 0.9, 0.2, 4, new CommentRef("K1", "Perbaiki drainase dulu"));
            Statement trees = new Statement(true, 0.75, null, 5, new CommentRef("K2", "Tanam pohon di taman"));
            return new Groups(5, 4, 18, 0.7, svg, AT, List.of(new Group(0, 3, List.of(drain)), new Group(1, 2, List.of())),
                    List.of(trees));
        }
    }

    static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(TriageTest::descendants));
    }

    static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    static List<Element> byClass(Element root, String cssClass) {
        return all(root).filter(e -> e.getClassList().contains(cssClass)).toList();
    }

    static List<Element> byTag(Element root, String tag) {
        return all(root).filter(e -> tag.equals(e.getTag())).toList();
    }

    static Element byId(Element root, String id) {
        return all(root).filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
    }

    static Stream<Element> all(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode()).flatMap(TriageTest::all));
    }
}
