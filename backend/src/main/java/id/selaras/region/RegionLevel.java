package id.selaras.region;

import java.util.Set;
import java.util.regex.Pattern;

/** Level of a region in the Kemendagri hierarchy, with the shape of its code and the level of its parent. */
public enum RegionLevel {
    PROVINSI("\\d{2}"),
    KABUPATEN("\\d{2}\\.\\d{2}"),
    KOTA("\\d{2}\\.\\d{2}"),
    KECAMATAN("\\d{2}\\.\\d{2}\\.\\d{2}"),
    KELURAHAN("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}"),
    DESA("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final Pattern code;

    RegionLevel(String code) {
        this.code = Pattern.compile(code);
    }

    public boolean validCode(String value) {
        return code.matcher(value).matches();
    }

    /** Levels a parent of this level may have; empty for a province (its parent is the nation). */
    public Set<RegionLevel> parentLevels() {
        return switch (this) {
            case PROVINSI -> Set.of();
            case KABUPATEN, KOTA -> Set.of(PROVINSI);
            case KECAMATAN -> Set.of(KABUPATEN, KOTA);
            case KELURAHAN, DESA -> Set.of(KECAMATAN);
        };
    }
}
