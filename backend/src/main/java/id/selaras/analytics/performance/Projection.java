package id.selaras.analytics.performance;

/**
 * A trajectory projection of an indicator to the last year of its plan's period.
 *
 * @param projectedValue   the value the trend reaches by then (for CUMULATIVE: the period total; AVERAGE: the mean)
 * @param projectedPercent the capaian of that value against the end target, %
 * @param slope            the fitted annual change, in the indicator's unit per year
 * @param points           how many annual values (baseline included) the fit used
 */
public record Projection(ProjectionStatus status, Double projectedValue, Double projectedPercent, Double slope, int points) {

    public static Projection unknown(int points) {
        return new Projection(ProjectionStatus.UNKNOWN, null, null, null, points);
    }
}
