package id.selaras.indicator;

/** IKU (indikator kinerja utama), IKD (daerah), IKK (kunci, reported in the LPPD), or a program outcome / activity output. */
public enum IndicatorType { IKU, IKD, IKK, OUTCOME, OUTPUT }
