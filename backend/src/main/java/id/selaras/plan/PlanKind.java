package id.selaras.plan;

/** Kind of development plan. */
public enum PlanKind {
    RPJPN, RPJMN, RPJPD, RPJMD, RENSTRA, RKPD, RENJA;

    /** National plans have no region. */
    public boolean national() {
        return this == RPJPN || this == RPJMN;
    }

    /** Longest period in years: 2025–2045 for the long-term plans, 5 (6 with a transition year) for medium-term ones, 1 for annual. */
    public int maxYears() {
        return switch (this) {
            case RPJPN, RPJPD -> 21;
            case RPJMN, RPJMD, RENSTRA -> 6;
            case RKPD, RENJA -> 1;
        };
    }
}
