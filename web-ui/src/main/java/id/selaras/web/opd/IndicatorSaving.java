package id.selaras.web.opd;

import java.util.Map;
import java.util.Set;

import id.selaras.web.api.ApiException;
import id.selaras.web.api.Classification;

/**
 * Saving an edited indicator: only targets changed → {@code setIndicatorTargets} with those years; anything else →
 * {@code updateIndicator} with every field. A CONFLICT answer (someone saved first) re-reads the server's version and
 * becomes an {@link IndicatorConflict}; other refusals are returned for the form to show at their fields.
 */
public final class IndicatorSaving {

    /** The API calls saving needs (OpdClient in the page, a fake in tests). */
    public interface Backend {
        OpdClient.Indicator update(Map<String, Object> input);

        OpdClient.Indicator setTargets(Map<String, Object> input);

        OpdClient.Indicator read(String id);
    }

    /** What came of a save. */
    public sealed interface Outcome {
    }

    /** Nothing was changed; nothing was sent. */
    public record Unchanged() implements Outcome {
    }

    /** Saved: the server's indicator after the change. */
    public record Saved(OpdClient.Indicator indicator) implements Outcome {
    }

    /** Someone saved first; the officer chooses. */
    public record Conflict(IndicatorConflict conflict, OpdClient.Indicator current) implements Outcome {
    }

    /** Refused (bad input, not allowed...): the refusal, with what was sent and how, for messages at the fields. */
    public record Refused(ApiException refusal, Set<String> changed, boolean update) implements Outcome {
    }

    private final Backend backend;
    private final int periodStart;
    private final int periodEnd;

    public IndicatorSaving(Backend backend, int periodStart, int periodEnd) {
        this.backend = backend;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    /** Sends {@code mine}, an edit of {@code base} (mine carries the version it edits). */
    public Outcome save(IndicatorDraft base, IndicatorDraft mine) {
        Set<String> changed = mine.changedFrom(base);
        if (changed.isEmpty()) {
            return new Unchanged();
        }
        boolean update = !IndicatorDraft.onlyTargets(changed);
        try {
            OpdClient.Indicator saved = update ? backend.update(mine.updateInput())
                    : backend.setTargets(mine.targetsInput(changed));
            return new Saved(saved);
        } catch (ApiException e) {
            if (e.is(Classification.CONFLICT) && e.errors().stream().anyMatch(x -> "VERSION_CONFLICT".equals(x.code())
                    || x.code() == null)) {
                OpdClient.Indicator now;
                try {
                    now = backend.read(base.id());
                } catch (ApiException gone) {
                    return new Refused(gone, changed, update);
                }
                if (now == null) {
                    return new Refused(e, changed, update);
                }
                return new Conflict(IndicatorConflict.of(base, mine, IndicatorDraft.of(now, periodStart, periodEnd)), now);
            }
            return new Refused(e, changed, update);
        }
    }
}
