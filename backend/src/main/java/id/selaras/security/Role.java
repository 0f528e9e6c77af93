package id.selaras.security;

/** What a person does in Selaras; every role but ADMIN is scoped to the regions (and OPDs) in the token. */
public enum Role {
    /** Masyarakat: reads, comments, submits aspirations. */
    CITIZEN,
    /** Perangkat daerah officer: edits their own OPD's draft items and reports realisations. */
    OPD_OFFICER,
    /** Bappeda planner: owns the region's plans, versions, cascade and consultations. */
    BAPPEDA_PLANNER,
    /** Diskominfo moderator: moderates public content, manages API clients. */
    MODERATOR,
    /** Platform administrator: regions, OPDs, accounts, in every region. */
    ADMIN
}
