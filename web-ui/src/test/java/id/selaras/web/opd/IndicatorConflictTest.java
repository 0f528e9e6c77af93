package id.selaras.web.opd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Someone saved first: what the officer sees and what each choice sends. */
class IndicatorConflictTest {

    static OpdClient.Indicator indicator(int version, String name, String unit, Double target2026, Double target2027) {
        return new OpdClient.Indicator("SW5kaWNhdG9yOjE", "IKU.1", name, unit, "Definisi", null, "BPS", null, null,
                "ANNUAL", null, "HIGHER_IS_BETTER", "LATEST", "IKU", version, new OpdClient.Baseline(2024, 88.5),
                List.of(new OpdClient.Target(2026, target2026, null, null), new OpdClient.Target(2027, target2027, null, null)),
                null, List.of(new OpdClient.Opd("T3BkOjE", "1.02.0.00.0.00.01.0000", "Dinas Kesehatan", "DINKES")),
                new OpdClient.NodeRef("Q2FzY2FkZU5vZGU6MQ", "PROGRAM", "1.02.02", "Program Pemenuhan Upaya Kesehatan"));
    }

    static IndicatorDraft draft(OpdClient.Indicator i) {
        return IndicatorDraft.of(i, 2025, 2029);
    }

    @Test
    void myChangedFields_areShownBesideTheirs_andClashesMarked() {
        IndicatorDraft base = draft(indicator(3, "Cakupan imunisasi", "%", 90.0, 92.0));
        IndicatorDraft mine = base.with("name", "Cakupan imunisasi dasar lengkap").with("target.2027", "93");
        IndicatorDraft theirs = draft(indicator(4, "Cakupan imunisasi", "%", 91.0, 92.5));

        IndicatorConflict conflict = IndicatorConflict.of(base, mine, theirs);

        assertThat(conflict.differences()).containsExactly(
                new IndicatorConflict.Difference("name", "Cakupan imunisasi", "Cakupan imunisasi", "Cakupan imunisasi dasar lengkap"),
                new IndicatorConflict.Difference("target.2027", "92", "92.5", "93"));
        assertThat(conflict.differences().get(0).clash()).isFalse();
        assertThat(conflict.differences().get(1).clash()).isTrue();
        assertThat(conflict.theirChanges()).containsExactly("target.2026");
        assertThat(conflict.alreadyApplied()).isFalse();
    }

    @Test
    void keepTheirs_isTheServersVersion() {
        IndicatorDraft base = draft(indicator(3, "A", "%", 90.0, 92.0));
        IndicatorDraft theirs = draft(indicator(4, "B", "%", 90.0, 92.0));

        IndicatorConflict conflict = IndicatorConflict.of(base, base.with("unit", "Persen"), theirs);

        assertThat(conflict.keepTheirs()).isSameAs(theirs);
        assertThat(conflict.keepTheirs().version()).isEqualTo(4);
    }

    @Test
    void applyMine_keepsTheirOtherChanges_andIsSentAsAnEditOfTheirVersion() {
        IndicatorDraft base = draft(indicator(3, "Cakupan imunisasi", "%", 90.0, 92.0));
        IndicatorDraft mine = base.with("target.2027", "93").with("definition", null);
        IndicatorDraft theirs = draft(indicator(5, "Cakupan imunisasi (revisi)", "%", 91.0, 92.5));

        IndicatorDraft merged = IndicatorConflict.of(base, mine, theirs).applyMine();

        assertThat(merged.version()).isEqualTo(5);
        assertThat(merged.get("name")).isEqualTo("Cakupan imunisasi (revisi)"); // theirs, I did not touch it
        assertThat(merged.get("target.2026")).isEqualTo("91");                // theirs
        assertThat(merged.get("target.2027")).isEqualTo("93");                // mine wins
        assertThat(merged.get("definition")).isNull();                        // my clearing wins too
        Map<String, Object> input = merged.updateInput();
        assertThat(input).containsEntry("version", 5).containsEntry("name", "Cakupan imunisasi (revisi)");
        // what the next save sends compared with their version: only my fields
        assertThat(merged.changedFrom(theirs)).containsExactly("definition", "target.2027");
    }

    @Test
    void whenTheySavedTheSameAsMine_thereIsNothingToChoose() {
        IndicatorDraft base = draft(indicator(3, "A", "%", 90.0, 92.0));
        IndicatorDraft mine = base.with("target.2027", "92,5");
        IndicatorDraft typed = base.withAll(Map.of("target.2027", IndicatorDraft.canonical("92,5")));
        IndicatorDraft theirs = draft(indicator(4, "A", "%", 90.0, 92.5));

        assertThat(IndicatorConflict.of(base, typed, theirs).alreadyApplied()).isTrue();
        assertThat(IndicatorConflict.of(base, mine, theirs).alreadyApplied()).isFalse(); // not canonical: "92,5"
    }
}
