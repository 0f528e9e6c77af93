package id.selaras.region;

import java.util.regex.Pattern;

/** Perangkat daerah (OPD): an agency of a regional government, with its Permendagri 90/2019 organisation code. */
public record OrganisationUnit(long id, long regionId, String code, String name, String shortName, int version) {

    /** {@code 1.02.0.00.0.00.01.0000}: urusan, bidang, two optional extra urusan, sequence, sub-unit. */
    public static final Pattern CODE = Pattern.compile("[1-9X]\\.(\\d{2}|XX)\\.\\d\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{2}\\.\\d{4}");
}
