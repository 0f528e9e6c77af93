package id.selaras.analytics.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.indicator.Indicator;

/**
 * The same indicator twice: a name equal, ignoring case, accents, punctuation and spacing, to an earlier one under
 * the same node (a warning: counted twice) or elsewhere in the version (info: perhaps cascaded on purpose, perhaps
 * measured twice by different OPDs). Each repeat is reported against the first.
 */
final class DuplicateIndicator implements Check {

    @Override
    public List<Finding> apply(PlanSnapshot plan) {
        Map<String, Indicator> first = new HashMap<>();
        Map<String, Indicator> firstOnNode = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            String name = Values.normaliseName(i.name());
            Indicator sameNode = firstOnNode.putIfAbsent(i.nodeId() + ":" + name, i);
            Indicator earlier = first.putIfAbsent(name, i);
            if (sameNode != null) {
                findings.add(Finding.of(Rule.DUPLICATE_INDICATOR, Severity.WARNING, i, "sameNode", Values.label(i),
                        Values.label(plan.node(i.nodeId()))));
            } else if (earlier != null) {
                findings.add(Finding.of(Rule.DUPLICATE_INDICATOR, Severity.INFO, i, "version", Values.label(i),
                        Values.label(plan.node(earlier.nodeId()))));
            }
        }
        return findings;
    }
}
