package id.selaras.plan;

/** Life cycle of a plan version; only drafts (DRAFT, IN_CONSULTATION) can be edited. */
public enum VersionStatus {
    DRAFT, IN_CONSULTATION, ADOPTED, SUPERSEDED;

    public boolean editable() {
        return this == DRAFT || this == IN_CONSULTATION;
    }

    /** Readable by the public: the consulted draft, the version in force, and history. */
    public boolean publicVisible() {
        return this != DRAFT;
    }
}
