package id.selaras.indicator;

/**
 * Which way is good: higher values ("kondisi normal"), lower values ("kondisi khusus": poverty, unemployment,
 * Gini), or staying within a target range.
 */
public enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER, RANGE }
