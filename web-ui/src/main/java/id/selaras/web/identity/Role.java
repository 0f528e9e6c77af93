package id.selaras.web.identity;

/** What a person does in Selaras; the names are those of the backend's {@code roles} claim. */
public enum Role {
    /** Masyarakat: reads, comments, submits aspirations. */
    CITIZEN,
    /** Perangkat daerah officer: edits their own OPD's draft items. */
    OPD_OFFICER,
    /** Bappeda planner: owns the region's plans and consultations. */
    BAPPEDA_PLANNER,
    /** Diskominfo moderator: moderates public content. */
    MODERATOR,
    /** Platform administrator: regions, OPDs and accounts. */
    ADMIN
}
