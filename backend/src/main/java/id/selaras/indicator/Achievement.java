package id.selaras.indicator;

/** Capaian: a realisation measured against its target; {@code percent} is null unless MEASURED. */
public record Achievement(int year, Period period, Target target, Double realisation, Double percent, Band band,
                          AchievementStatus status) {
}
