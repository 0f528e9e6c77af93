package id.selaras.indicator;

/** Kondisi awal: the value measured in a year before (or at the start of) the plan period. */
public record Baseline(int year, double value) {
}
