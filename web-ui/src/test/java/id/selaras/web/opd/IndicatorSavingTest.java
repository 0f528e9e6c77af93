package id.selaras.web.opd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.selaras.web.api.ApiError;
import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;
import org.junit.jupiter.api.Test;

/** Which mutation a save sends, and how a stale version turns into a choice. */
class IndicatorSavingTest {

    /** The API as a list of calls, answering from a script. */
    static final class FakeBackend implements IndicatorSaving.Backend {
        final List<String> calls = new ArrayList<>();
        final List<Map<String, Object>> inputs = new ArrayList<>();
        OpdClient.Indicator server;
        RuntimeException refuse;

        @Override
        public OpdClient.Indicator update(Map<String, Object> input) {
            return answer("updateIndicator", input);
        }

        @Override
        public OpdClient.Indicator setTargets(Map<String, Object> input) {
            return answer("setIndicatorTargets", input);
        }

        @Override
        public OpdClient.Indicator read(String id) {
            calls.add("node");
            return server;
        }

        private OpdClient.Indicator answer(String call, Map<String, Object> input) {
            calls.add(call);
            inputs.add(input);
            if (refuse != null) {
                RuntimeException e = refuse;
                refuse = null;
                throw e;
            }
            return server;
        }
    }

    final FakeBackend backend = new FakeBackend();
    final IndicatorSaving saving = new IndicatorSaving(backend, 2025, 2029);
    final IndicatorDraft base = IndicatorConflictTest.draft(IndicatorConflictTest.indicator(3, "Cakupan", "%", 90.0, 92.0));

    @Test
    void nothingChanged_nothingSent() {
        assertThat(saving.save(base, base)).isInstanceOf(IndicatorSaving.Unchanged.class);
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void targetsOnly_goThroughSetIndicatorTargets() {
        backend.server = IndicatorConflictTest.indicator(4, "Cakupan", "%", 90.0, 93.0);

        IndicatorSaving.Outcome outcome = saving.save(base, base.with("target.2027", "93"));

        assertThat(backend.calls).containsExactly("setIndicatorTargets");
        assertThat(outcome).isEqualTo(new IndicatorSaving.Saved(backend.server));
    }

    @Test
    void aStaleVersion_rereadsTheServer_andOffersTheChoice() {
        backend.refuse = new ApiException("updateIndicator", List.of(new ApiError("Data ini telah diubah orang lain.",
                Classification.CONFLICT, "VERSION_CONFLICT", "input.version", null)));
        backend.server = IndicatorConflictTest.indicator(4, "Cakupan (revisi)", "%", 90.0, 92.0);
        IndicatorDraft mine = base.with("unit", "Persen");

        IndicatorSaving.Outcome outcome = saving.save(base, mine);

        assertThat(backend.calls).containsExactly("updateIndicator", "node");
        assertThat(outcome).isInstanceOf(IndicatorSaving.Conflict.class);
        IndicatorConflict conflict = ((IndicatorSaving.Conflict) outcome).conflict();
        assertThat(conflict.differences()).extracting(IndicatorConflict.Difference::key).containsExactly("unit");

        // apply mine: sent again at version 4 with their new name kept
        backend.server = IndicatorConflictTest.indicator(5, "Cakupan (revisi)", "Persen", 90.0, 92.0);
        IndicatorSaving.Outcome second = saving.save(conflict.newBase(), conflict.applyMine());
        assertThat(second).isInstanceOf(IndicatorSaving.Saved.class);
        assertThat(backend.inputs.getLast()).containsEntry("version", 4).containsEntry("unit", "Persen")
                .containsEntry("name", "Cakupan (revisi)");
    }

    @Test
    void badInput_isReturnedForTheFields() {
        ApiException refusal = new ApiException("updateIndicator", List.of(new ApiError("Satuan wajib diisi.",
                Classification.BAD_REQUEST, "REQUIRED", "input.unit", null)));
        backend.refuse = refusal;

        IndicatorSaving.Outcome outcome = saving.save(base, base.with("name", "Baru"));

        assertThat(outcome).isInstanceOf(IndicatorSaving.Refused.class);
        assertThat(((IndicatorSaving.Refused) outcome).refusal()).isSameAs(refusal);
        assertThat(((IndicatorSaving.Refused) outcome).update()).isTrue();
    }
}
