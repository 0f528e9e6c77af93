package id.selaras.indicator;

/**
 * A performance indicator (indikator kinerja) of a cascade node, with its Satu Data metadata.
 *
 * @param lineageId stable identity across plan versions; realisations belong to it
 * @param endTarget kondisi kinerja akhir periode, dated the last year of the period
 */
public record Indicator(long id, long nodeId, long planVersionId, long lineageId, Long originId, String code, String name,
                        String unit, String definition, String formula, String dataSource, String concept,
                        String classification, Frequency frequency, String selectionReason, Polarity polarity,
                        Aggregation aggregation, IndicatorType type, int position, Baseline baseline, Target endTarget,
                        int version) {
}
