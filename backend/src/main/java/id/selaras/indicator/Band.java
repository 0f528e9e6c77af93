package id.selaras.indicator;

/** A band of a rating scheme: achievements from {@code min} (inclusive) below {@code max} (exclusive); null is open. */
public record Band(String label, Double min, Double max, String colour) {

    public boolean contains(double percent) {
        return (min == null || percent >= min) && (max == null || percent < max);
    }
}
