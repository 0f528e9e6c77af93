package id.selaras.web.indicator;

import java.util.List;

/** An indicator (indikator kinerja) as its public page shows it. Field names follow the API. */
public record IndicatorData(
        String id,
        String code,
        String name,
        String unit,
        String definition,
        String formula,
        String dataSource,
        String frequency,
        String polarity,
        String aggregation,
        String type,
        Baseline baseline,
        List<Target> targets,
        Target endTarget,
        List<Achievement> achievements,
        Achievement periodAchievement,
        List<Opd> responsibleOpds,
        List<Aligned> alignedTo,
        Node node,
        Version planVersion,
        Integer commentCount) {

    public record Baseline(int year, double value) {
    }

    public record Target(Integer year, Double value, Double min, Double max) {
    }

    public record Band(String label, String colour) {
    }

    /** Capaian for a year (ANNUAL) or up to a quarter; {@code realisation} is the figure compared with the target. */
    public record Achievement(Integer year, String period, Double realisation, Double percent, String status, Band band) {
    }

    public record Region(String code, String name) {
    }

    public record Opd(String id, String code, String name, String shortName, Region region) {
    }

    public record Plan(String id, String kind, String title, Integer periodStart, Integer periodEnd, Region region) {
    }

    public record Version(String id, Integer number, String status, Plan plan) {
    }

    public record AlignedVersion(Plan plan) {
    }

    public record Aligned(String id, String code, String name, String unit, AlignedVersion planVersion) {
    }

    public record Node(String id, String kind, String code, String title) {
    }

    public List<Target> targetList() {
        return targets == null ? List.of() : targets;
    }

    public List<Achievement> achievementList() {
        return achievements == null ? List.of() : achievements;
    }
}
