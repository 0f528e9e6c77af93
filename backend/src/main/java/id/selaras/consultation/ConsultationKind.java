package id.selaras.consultation;

import id.selaras.region.RegionLevel;

/** The forum a consultation is: konsultasi publik of a rancangan awal, forum perangkat daerah, or a musrenbang level. */
public enum ConsultationKind {
    KONSULTASI_PUBLIK, FORUM_PERANGKAT_DAERAH, MUSRENBANG_KELURAHAN, MUSRENBANG_KECAMATAN, MUSRENBANG_KOTA;

    /** Musrenbang below the kota take place in an area of that level. */
    public RegionLevel areaLevel() {
        return switch (this) {
            case MUSRENBANG_KELURAHAN -> RegionLevel.KELURAHAN;
            case MUSRENBANG_KECAMATAN -> RegionLevel.KECAMATAN;
            default -> null;
        };
    }
}
