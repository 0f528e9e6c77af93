package id.selaras.analytics.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.selaras.analytics.Finding;
import id.selaras.analytics.PlanSnapshot;

/**
 * The whole checklist, run on a snapshot: every rule's findings, most severe first, then in the cascade's tree order
 * (and within one subject in rule order), so that pages of findings are stable.
 */
public final class Checklist {

    private static final List<Check> CHECKS = List.of(
            new NodeWithoutIndicator(), new NodeWithoutOpd(), new BranchWithoutIndicator(), new IndicatorIncomplete(),
            new IndicatorWording(),
            new TargetAgainstPolarity(), new EndTargetMismatch(), new ChildTargetsShort(), new IkuChanged(),
            new DuplicateIndicator(), new CodeNotInNomenclature(), new AlignmentUnit(), new AlignmentYears(),
            new AlignmentDirection(), new AlignmentAmbition(), new UnlinkedIndicator());

    private Checklist() {
    }

    public static List<Finding> run(PlanSnapshot plan) {
        Map<Long, Integer> rank = new HashMap<>();
        plan.nodes().forEach(n -> rank.put(n.id(), rank.size()));
        return CHECKS.stream().flatMap(c -> c.apply(plan).stream())
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparingInt(f -> rank.getOrDefault(f.nodeId(), Integer.MAX_VALUE))
                        .thenComparing(Finding::rule))
                .toList();
    }
}
