package id.selaras.cascade;

import id.selaras.plan.PlanKind;

/**
 * Level of a node in the cascade (pohon kinerja): Visi → Misi → Tujuan → Sasaran → Program → Kegiatan →
 * Sub-kegiatan. Each kind sits directly under the kind before it.
 */
public enum CascadeKind {
    VISI, MISI, TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN;

    /** The kind a parent must have; null for VISI. */
    public CascadeKind parentKind() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** Programs, kegiatan and sub-kegiatan carry Permendagri 90/2019 nomenclature codes. */
    public boolean nomenclature() {
        return this == PROGRAM || this == KEGIATAN || this == SUB_KEGIATAN;
    }

    /** The kind a root node of a plan of this kind has: Renstra starts at tujuan, RKPD at sasaran, Renja at program. */
    public static CascadeKind rootFor(PlanKind plan) {
        return switch (plan) {
            case RPJPN, RPJMN, RPJPD, RPJMD -> VISI;
            case RENSTRA -> TUJUAN;
            case RKPD -> SASARAN;
            case RENJA -> PROGRAM;
        };
    }
}
