package id.selaras.analytics;

import java.util.List;

import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;

/**
 * A finding (temuan): one rule's verdict on one cascade node or indicator. The message and the fix are looked up as
 * {@code finding.<RULE>[.<variant>].message} and {@code finding.<RULE>.fix} in the caller's language; {@code args}
 * are the values the message shows (numbers, texts, {@link Term}s or lists of terms).
 *
 * @param subject the {@link CascadeNode} or {@link Indicator} the finding is about
 */
public record Finding(Rule rule, Severity severity, Object subject, String variant, List<Object> args) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding of(Rule rule, Severity severity, CascadeNode node, String variant, Object... args) {
        return new Finding(rule, severity, node, variant, List.of(args));
    }

    public static Finding of(Rule rule, Severity severity, Indicator indicator, String variant, Object... args) {
        return new Finding(rule, severity, indicator, variant, List.of(args));
    }

    public String messageKey() {
        return "finding." + rule.name() + (variant == null ? "" : "." + variant) + ".message";
    }

    public String fixKey() {
        return "finding." + rule.name() + ".fix";
    }

    /** The cascade node the finding concerns: the subject itself, or the node of the subject indicator. */
    public long nodeId() {
        return subject instanceof Indicator i ? i.nodeId() : ((CascadeNode) subject).id();
    }
}
