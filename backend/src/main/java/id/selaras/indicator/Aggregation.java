package id.selaras.indicator;

/**
 * How values over time combine (tipe perhitungan): kumulatif (counts and rupiah add up over quarters and years),
 * latest value (rates and indices: the last measurement stands), or the average of the measurements.
 */
public enum Aggregation { CUMULATIVE, LATEST, AVERAGE }
