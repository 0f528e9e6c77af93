package id.selaras.web.opd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The editable indicator: numbers in both notations, local checks, and the inputs of both mutations. */
class IndicatorDraftTest {

    final IndicatorDraft base = IndicatorConflictTest.draft(IndicatorConflictTest.indicator(3, "Cakupan", "%", 90.0, 92.0));

    @Test
    void numbers_readIndonesianAndEnglishNotation() {
        assertThat(IndicatorDraft.parse("92,5")).isEqualTo(92.5);
        assertThat(IndicatorDraft.parse("92.5")).isEqualTo(92.5);
        assertThat(IndicatorDraft.parse("1.250,75")).isEqualTo(1250.75);
        assertThat(IndicatorDraft.parse("sembilan")).isNull();
        assertThat(IndicatorDraft.number(92.0)).isEqualTo("92");
        assertThat(IndicatorDraft.display("92.5", java.util.Locale.forLanguageTag("id-ID"))).isEqualTo("92,5");
    }

    @Test
    void everyYearOfThePlan_hasATargetField() {
        assertThat(base.years()).containsExactly(2025, 2026, 2027, 2028, 2029);
        assertThat(base.get("target.2026")).isEqualTo("90");
        assertThat(base.get("target.2025")).isNull();
        assertThat(base.get("baseline.value")).isEqualTo("88.5");
    }

    @Test
    void localChecks_nameRequired_numbersNumeric_baselineComplete() {
        IndicatorDraft bad = base.with("name", " ").with("target.2027", "banyak").with("baseline.year", null);

        assertThat(bad.problems()).containsEntry("name", "opd.error.required")
                .containsEntry("target.2027", "opd.error.number").containsEntry("baseline.year", "opd.error.baseline");
        assertThat(base.problems()).isEmpty();
    }

    @Test
    void onlyTargetsChanged_sendsTheChangedYearsWithSetIndicatorTargets() {
        IndicatorDraft mine = base.with("target.2027", "93").with("target.2028", "95");
        Set<String> changed = mine.changedFrom(base);

        assertThat(IndicatorDraft.onlyTargets(changed)).isTrue();
        Map<String, Object> input = mine.targetsInput(changed);
        assertThat(input).containsEntry("id", "SW5kaWNhdG9yOjE").containsEntry("version", 3).doesNotContainKey("endTarget");
        assertThat((List<?>) input.get("targets")).hasSize(2);
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("year", 2027);
        expected.put("value", 93.0);
        expected.put("min", null);
        expected.put("max", null);
        assertThat(((List<?>) input.get("targets")).getFirst()).isEqualTo(expected);
        assertThat(mine.sentYears(changed, false)).containsExactly(2027, 2028);
    }

    @Test
    void otherChanges_sendEveryFieldWithUpdateIndicator_keepingTheOpds() {
        IndicatorDraft mine = base.with("unit", "Persen").with("target.2025", "89");
        Set<String> changed = mine.changedFrom(base);

        assertThat(IndicatorDraft.onlyTargets(changed)).isFalse();
        Map<String, Object> input = mine.updateInput();
        assertThat(input).containsEntry("unit", "Persen").containsEntry("polarity", "HIGHER_IS_BETTER")
                .containsEntry("responsibleOpdIds", List.of("T3BkOjE")).containsEntry("baseline", Map.of("year", 2024, "value", 88.5));
        assertThat((List<?>) input.get("targets")).hasSize(3); // 2025, 2026, 2027: years without a target are left out
        assertThat(mine.sentYears(changed, true)).containsExactly(2025, 2026, 2027);
    }
}
