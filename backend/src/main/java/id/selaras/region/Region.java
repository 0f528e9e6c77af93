package id.selaras.region;

/** A region (daerah / wilayah) identified by its Kemendagri code, e.g. {@code 33.71} Kota Magelang. */
public record Region(long id, String code, String name, RegionLevel level, Long parentId, int version) {
}
