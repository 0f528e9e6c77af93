package id.selaras.indicator;

/** A target for a year: a single value, or a range {@code min..max} (required for RANGE indicators). */
public record Target(int year, Double value, Double min, Double max) {

    public boolean range() {
        return min != null && max != null;
    }
}
