package id.selaras.web.consultation;

import java.util.function.BiFunction;
import java.util.function.Function;

/** One line of a consultation's live activity, in the page's language: who commented, which meeting was recorded. */
final class ActivityText {

    private ActivityText() {
    }

    /** The line for an event, or null for events the public need not see (resync markers, deletions). */
    static String describe(ConsultationData.Event e, Function<String, String> text, BiFunction<String, Object, String> withArg) {
        if (e == null || Boolean.TRUE.equals(e.resync()) || e.entityType() == null) {
            return null;
        }
        String action = e.action() == null ? "" : e.action();
        return switch (e.entityType()) {
            case "Comment" -> e.comment() == null || !"CREATED".equals(action) ? null
                    : withArg.apply(Boolean.TRUE.equals(e.comment().official()) ? "consultation.activity.official"
                    : "consultation.activity.comment", e.comment().author() == null ? "" : e.comment().author().name());
            case "Meeting" -> e.meeting() == null ? null
                    : withArg.apply("DELETED".equals(action) ? "consultation.activity.meeting-deleted"
                    : "consultation.activity.meeting", e.meeting().place());
            case "Consultation" -> text.apply("consultation.activity.changed");
            default -> null;
        };
    }
}
