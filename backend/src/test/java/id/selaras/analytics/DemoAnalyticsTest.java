package id.selaras.analytics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.selaras.IntegrationTest;
import id.selaras.analytics.performance.IndicatorPerformance;
import id.selaras.analytics.performance.PlanPerformance;
import id.selaras.analytics.performance.Projection;
import id.selaras.analytics.performance.ProjectionStatus;
import id.selaras.cascade.CascadeNode;
import id.selaras.indicator.Indicator;
import id.selaras.plan.PlanVersion;
import id.selaras.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checks on the demo plan (RPJMD Kota Magelang 2016–2021): they find what its notes say is deliberately imperfect,
 * the alignment findings docs/analytics.md explains, and in the 2020 revision what the pandemic changed.
 */
@IntegrationTest
class DemoAnalyticsTest {

    @Autowired Fixtures fixtures;
    @Autowired AnalyticsService analytics;
    PlanVersion revision;

    @BeforeEach
    void demo() {
        revision = fixtures.demo();
    }

    @Test
    void adoptedVersion_showsTheDeliberateDefects() {
        List<Finding> findings = analytics.findings(revision.basedOnId()).block();
        assertThat(countByRule(findings)).isEqualTo(new TreeMap<>(Map.of(
                Rule.NODE_WITHOUT_INDICATOR, 1L, Rule.INDICATOR_INCOMPLETE, 4L, Rule.TARGET_AGAINST_POLARITY, 2L,
                Rule.END_TARGET_MISMATCH, 1L, Rule.CODE_NOT_IN_NOMENCLATURE, 4L, Rule.ALIGNMENT_UNIT, 1L,
                Rule.ALIGNMENT_AMBITION, 2L, Rule.UNLINKED_INDICATOR, 26L)));
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::rule, this::code)
                .containsExactly(tuple(Rule.INDICATOR_INCOMPLETE, "OC-2.23.02-2"), tuple(Rule.END_TARGET_MISMATCH, "OC-1.02.05-1"),
                        tuple(Rule.NODE_WITHOUT_INDICATOR, "8.01.05"));
        assertThat(findings).filteredOn(f -> f.rule() == Rule.TARGET_AGAINST_POLARITY).extracting(this::code)
                .containsExactly("IKU-26", "OC-5.02.04-1");
        assertThat(findings).filteredOn(f -> f.rule() == Rule.CODE_NOT_IN_NOMENCLATURE).extracting(this::code)
                .containsExactlyInAnyOrder("1.02.01.2.10.01", "2.18.04.2.01.01", "8.01.05.2.01.01", "8.01.06.2.01.01");
        // IKU-01: Jawa Tengah 12.23 % (2017) → 8.0 % (2023) is −6.83 % a year; 9.05 % (2015) at that pace is 5.92 % by 2021
        assertThat(findings).filteredOn(f -> f.rule() == Rule.ALIGNMENT_AMBITION).extracting(this::code, f -> f.args().get(3))
                .containsExactly(tuple("IKU-02", 81.65), tuple("IKU-01", 5.92));
    }

    @Test
    void revision_showsWhatThePandemicChanged() {
        List<Finding> findings = analytics.findings(revision.id()).block();
        assertThat(findings).filteredOn(f -> f.rule() == Rule.ALIGNMENT_DIRECTION).extracting(this::code)
                .containsExactly("IKU-16", "IKU-16", "IKU-19");
        assertThat(findings).filteredOn(f -> f.rule() == Rule.IKU_CHANGED).extracting(this::code, Finding::variant)
                .containsExactlyInAnyOrder(tuple("IKU-01", "retargeted"), tuple("IKU-02", "retargeted"),
                        tuple("IKU-16", "retargeted"), tuple("IKU-19", "retargeted"), tuple("IKU-20", "retargeted"),
                        tuple("IKU-23", "retargeted"), tuple("IKU-24", "retargeted"));
        assertThat(findings).filteredOn(f -> f.rule() == Rule.TARGET_AGAINST_POLARITY).extracting(this::code)
                .contains("IKU-01", "IKU-16", "IKU-19", "IKU-23", "IKU-24", "IKD-12");
        // the poverty target was raised to 7.5 % for 2021: behind both the RPJMN (6.35 %) and Jawa Tengah (5.92 %) paces
        assertThat(findings).filteredOn(f -> f.rule() == Rule.ALIGNMENT_AMBITION && code(f).equals("IKU-01"))
                .extracting(f -> f.args().get(3)).containsExactly(6.35, 5.92);
    }

    @Test
    void performance_projectsPovertyOffTrack() {
        PlanPerformance performance = analytics.performance(revision.basedOnId(), null, null).block();
        assertThat(performance.year()).isEqualTo(2020);
        IndicatorPerformance poverty = performance.plan().indicators().stream()
                .filter(i -> "IKU-01".equals(i.indicator().code())).findFirst().orElseThrow();
        // worked in ProjectorTest.demoPoverty_isOffTrack
        assertThat(poverty.projection()).isEqualTo(new Projection(ProjectionStatus.OFF_TRACK, 7.03, 85.11, -0.35, 5));
        assertThat(performance.misi()).hasSize(6);
        assertThat(performance.opds()).hasSizeGreaterThanOrEqualTo(15);
    }

    private Map<Rule, Long> countByRule(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
    }

    private String code(Finding f) {
        return f.subject() instanceof Indicator i ? i.code() : ((CascadeNode) f.subject()).code();
    }
}
