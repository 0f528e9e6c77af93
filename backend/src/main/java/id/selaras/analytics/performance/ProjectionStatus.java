package id.selaras.analytics.performance;

/**
 * Where an indicator is heading against its end-of-period target (kondisi akhir): projected to reach it, to miss it
 * by less than a tenth (at risk), to miss it by more (off track), or unknown (no end target, or fewer than two points).
 */
public enum ProjectionStatus { ON_TRACK, AT_RISK, OFF_TRACK, UNKNOWN }
