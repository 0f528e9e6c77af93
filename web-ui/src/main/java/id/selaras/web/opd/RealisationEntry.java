package id.selaras.web.opd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One realisation being entered for an indicator, a year and a period: a new one ({@code recordRealisation}) or a
 * correction of the one already reported ({@code updateRealisation}, with the version it corrects).
 *
 * @param indicatorId the indicator
 * @param year        the year
 * @param period      Q1..Q4 or ANNUAL
 * @param value       what was typed ("92,5" or "92.5")
 * @param evidence    bukti dukung: a note or link, may be blank
 */
public record RealisationEntry(String indicatorId, int year, String period, String value, String evidence) {

    /** The mutation and its input. */
    public record Request(String mutation, Map<String, Object> input) {
    }

    /** The realisation already reported for this year and period, if any. */
    public Optional<OpdClient.Realisation> existing(List<OpdClient.Realisation> reported) {
        return reported == null ? Optional.empty() : reported.stream()
                .filter(r -> r.year() == year && r.period().equals(period)).findFirst();
    }

    /** Message keys by field ({@code period}, {@code value}) of what must be fixed first. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (period == null) {
            problems.put("period", "opd.error.required");
        }
        if (value == null || value.isBlank()) {
            problems.put("value", "opd.error.required");
        } else if (IndicatorDraft.parse(value) == null) {
            problems.put("value", "opd.error.number");
        }
        return problems;
    }

    public Request request(List<OpdClient.Realisation> reported) {
        String note = evidence == null || evidence.isBlank() ? null : evidence.strip();
        Double number = IndicatorDraft.parse(value);
        Optional<OpdClient.Realisation> old = existing(reported);
        Map<String, Object> input = new LinkedHashMap<>();
        if (old.isPresent()) {
            input.put("id", old.get().id());
            input.put("version", old.get().version());
            input.put("value", number);
            input.put("evidence", note);
            return new Request("updateRealisation", input);
        }
        input.put("indicatorId", indicatorId);
        input.put("year", year);
        input.put("period", period);
        input.put("value", number);
        input.put("evidence", note);
        return new Request("recordRealisation", input);
    }
}
