package id.selaras.web.opd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import id.selaras.web.Language;
import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import id.selaras.web.testing.Browserless;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The official-answer form and the realisation form, without a browser. */
class ResponseAndRealisationFormTest {

    final Browserless browser = Browserless.indonesian();

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void answer_emptyIsStoppedHere_theApisMessageGoesToTheField_aRetryReusesTheKey() {
        List<String> keys = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        List<RuntimeException> answers = new ArrayList<>(List.of(new ApiException("addComment", List.of(new ApiError(
                "Tanggapan terlalu panjang.", Classification.BAD_REQUEST, "TOO_LONG", "input.body", null)))));
        AnswerForm form = new AnswerForm("answer-1", (body, key) -> {
            keys.add(key);
            if (!answers.isEmpty()) {
                throw answers.removeFirst();
            }
        }, sent::incrementAndGet);

        Browserless.click(form.sendButton());
        assertThat(form.field().error()).isEqualTo("Wajib diisi.");
        assertThat(keys).isEmpty();

        form.body().setValue("Target akan kami tinjau.");
        Browserless.click(form.sendButton());
        assertThat(form.field().error()).isEqualTo("Tanggapan terlalu panjang.");
        assertThat(sent).hasValue(0);

        Browserless.click(form.sendButton());
        assertThat(form.field().error()).isNull();
        assertThat(sent).hasValue(1);
        assertThat(keys).hasSize(2).containsOnly(keys.getFirst());
        assertThat(form.field().getElement().getChild(0).getText()).isEqualTo("Tanggapan resmi");
    }

    static OpdClient.Measured measured(List<OpdClient.Realisation> reported) {
        return new OpdClient.Measured("SW5kaWNhdG9yOjE", "IKU.1", "Cakupan imunisasi", "%", "QUARTERLY", "HIGHER_IS_BETTER",
                null, List.of(), reported, List.of());
    }

    @Test
    void realisation_newPeriodIsRecorded_aReportedOneIsCorrectedWithItsVersion() {
        OpdClient.Realisation q1 = new OpdClient.Realisation("UmVhbGlzYXRpb246Nw", 2026, "Q1", 23.5, "Laporan TW I", null, null, 2);
        List<RealisationEntry.Request> requests = new ArrayList<>();
        RealisationForm form = new RealisationForm("real-1", measured(List.of(q1)), 2026, Language.INDONESIAN,
                requests::add, () -> { });

        assertThat(form.period().getValue()).as("the first period not reported yet").isEqualTo("Q2");
        form.value().setValue("47,25");
        Browserless.click(form.saveButton());
        assertThat(requests.getLast().mutation()).isEqualTo("recordRealisation");
        assertThat(requests.getLast().input()).containsEntry("period", "Q2").containsEntry("value", 47.25)
                .containsEntry("year", 2026);

        form.period().setValue("Q1");
        assertThat(form.value().getValue()).isEqualTo("23,5");
        assertThat(form.saveButton().getText()).isEqualTo("Perbarui realisasi");
        form.value().setValue("24");
        Browserless.click(form.saveButton());
        assertThat(requests.getLast().mutation()).isEqualTo("updateRealisation");
        assertThat(requests.getLast().input()).containsEntry("id", "UmVhbGlzYXRpb246Nw").containsEntry("version", 2)
                .containsEntry("value", 24.0).containsEntry("evidence", "Laporan TW I");
    }

    @Test
    void realisation_problemsAtTheField_locallyAndFromTheApi() {
        RealisationForm form = new RealisationForm("real-1", measured(List.of()), 2026, Language.INDONESIAN, r -> {
            throw new ApiException("recordRealisation", List.of(new ApiError("Tahun di luar periode rencana.",
                    Classification.BAD_REQUEST, "YEAR_OUTSIDE_PERIOD", "input.year", null)));
        }, () -> { });

        form.value().setValue("banyak");
        Browserless.click(form.saveButton());
        assertThat(form.fields().get("value").error()).isEqualTo("Masukkan angka, misalnya 92,5.");

        form.value().setValue("12");
        Browserless.click(form.saveButton());
        assertThat(form.fields().get("value").error()).isNull();
        assertThat(form.fields().get("period").error()).isEqualTo("Tahun di luar periode rencana.");
    }
}
