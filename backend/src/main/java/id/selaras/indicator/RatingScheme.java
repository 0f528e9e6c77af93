package id.selaras.indicator;

import java.util.List;

/** A configurable scale that bands achievements, e.g. the 5-level "skala nilai peringkat kinerja". */
public record RatingScheme(long id, String key, String name, List<Band> bands) {

    public Band band(Double percent) {
        if (percent == null) {
            return null;
        }
        return bands.stream().filter(b -> b.contains(percent)).findFirst().orElse(null);
    }
}
