package id.selaras.web.opd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.dom.Element;
import id.selaras.web.Language;
import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import id.selaras.web.testing.Browserless;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inline form and the conflict dialog, without a browser. */
class IndicatorEditorTest {

    Browserless browser = Browserless.indonesian();
    final IndicatorDraft base = IndicatorConflictTest.draft(IndicatorConflictTest.indicator(3, "Cakupan imunisasi", "%", 90.0, 92.0));

    @AfterEach
    void close() {
        browser.close();
    }

    @SuppressWarnings("unchecked")
    static void type(IndicatorEditor editor, String key, String text) {
        ((HasValue<?, String>) editor.fields().get(key).control()).setValue(text);
    }

    @Test
    void everyControl_isLabelled_inIndonesian() {
        IndicatorEditor editor = new IndicatorEditor("ind-1", base, Language.INDONESIAN);

        editor.fields().forEach((key, field) -> {
            Element label = field.getElement().getChild(0);
            assertThat(label.getTag()).isEqualTo("label");
            assertThat(label.getAttribute("for")).isEqualTo(field.control().getId().orElseThrow());
            assertThat(label.getText()).as(key).isNotBlank().doesNotContain("opd.");
        });
        assertThat(editor.fields().get("target.2027").getElement().getChild(0).getText()).isEqualTo("Target 2027");
        assertThat(editor.saveButton().getText()).isEqualTo("Simpan");
    }

    @Test
    void showsNumbersWithADecimalComma_andReadsThemBack() {
        IndicatorEditor editor = new IndicatorEditor("ind-1", base, Language.INDONESIAN);
        assertThat(((HasValue<?, String>) editor.fields().get("baseline.value").control()).getValue()).isEqualTo("88,5");

        type(editor, "target.2027", "93,25");
        type(editor, "name", "  Cakupan imunisasi dasar lengkap ");

        IndicatorDraft value = editor.value();
        assertThat(value.get("target.2027")).isEqualTo("93.25");
        assertThat(value.get("name")).isEqualTo("Cakupan imunisasi dasar lengkap");
        assertThat(value.changedFrom(base)).containsExactly("name", "target.2027");
    }

    @Test
    void localProblems_areShownAtTheirFields() {
        IndicatorEditor editor = new IndicatorEditor("ind-1", base, Language.INDONESIAN);
        type(editor, "unit", "");
        type(editor, "target.2028", "tinggi");

        assertThat(editor.check(editor.value())).isFalse();

        assertThat(editor.fields().get("unit").error()).isEqualTo("Wajib diisi.");
        assertThat(editor.fields().get("target.2028").error()).isEqualTo("Masukkan angka, misalnya 92,5.");
        assertThat(editor.fields().get("unit").control().getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(editor.fields().get("name").error()).isNull();
    }

    @Test
    void theApisMessages_goToTheFieldTheyName_targetsByTheirIndexInWhatWasSent() {
        IndicatorEditor editor = new IndicatorEditor("ind-1", base, Language.INDONESIAN);
        type(editor, "target.2025", "89");
        IndicatorDraft sent = editor.value();
        ApiException refusal = new ApiException("updateIndicator", List.of(
                new ApiError("Nama terlalu panjang.", Classification.BAD_REQUEST, "TOO_LONG", "input.name", null),
                // targets sent: 2025, 2026, 2027 → index 2 is 2027
                new ApiError("Target harus positif.", Classification.BAD_REQUEST, "NEGATIVE", "input.targets[2].value", null),
                new ApiError("Versi sedang dikonsultasikan.", Classification.BAD_REQUEST, "LOCKED", null, null)));

        editor.show(refusal, sent, sent.changedFrom(base), true);

        assertThat(editor.fields().get("name").error()).isEqualTo("Nama terlalu panjang.");
        assertThat(editor.fields().get("target.2027").error()).isEqualTo("Target harus positif.");
        assertThat(editor.fields().get("target.2025").error()).isNull();
        assertThat(editor.problems().isVisible()).isTrue();
        assertThat(editor.problems().getElement().getTextRecursively()).contains("Versi sedang dikonsultasikan.");
    }

    @Test
    void conflictDialog_listsMyFieldsBesideTheirs_andEachChoiceHandsOverItsDraft() {
        IndicatorDraft mine = base.with("name", "Cakupan imunisasi dasar").with("target.2027", "93");
        IndicatorDraft theirs = IndicatorConflictTest.draft(IndicatorConflictTest.indicator(4, "Cakupan imunisasi", "%", 91.0, 92.5));
        IndicatorConflict conflict = IndicatorConflict.of(base, mine, theirs);
        AtomicReference<IndicatorDraft> kept = new AtomicReference<>();
        AtomicReference<IndicatorDraft> applied = new AtomicReference<>();

        ConflictDialog dialog = new ConflictDialog(conflict, "Cakupan imunisasi", Language.INDONESIAN, kept::set, applied::set);

        Element body = dialog.table().getChild(2);
        assertThat(body.getChildCount()).isEqualTo(2);
        Element target = body.getChild(1);
        assertThat(target.getAttribute("data-field")).isEqualTo("target.2027");
        assertThat(target.getClassList()).contains("clash");
        assertThat(target.getChild(0).getText()).isEqualTo("Target 2027");
        assertThat(target.getChild(1).getText()).isEqualTo("92,5");   // theirs
        assertThat(target.getChild(2).getText()).isEqualTo("93");     // mine
        assertThat(dialog.table().getChild(1).getChild(0).getChild(1).getText()).isEqualTo("Versi mereka (tersimpan)");

        Browserless.click(dialog.applyMineButton());
        assertThat(applied.get().version()).isEqualTo(4);
        assertThat(applied.get().get("target.2027")).isEqualTo("93");
        assertThat(applied.get().get("target.2026")).isEqualTo("91");

        Browserless.click(dialog.keepTheirsButton());
        assertThat(kept.get()).isSameAs(theirs);
    }

    @Test
    void english_whenChosen() {
        browser.close();
        browser = Browserless.english();
        IndicatorEditor editor = new IndicatorEditor("ind-1", base, Language.ENGLISH);

        assertThat(editor.fields().get("unit").getElement().getChild(0).getText()).isEqualTo("Unit");
        assertThat(((HasValue<?, String>) editor.fields().get("baseline.value").control()).getValue()).isEqualTo("88.5");
    }
}
