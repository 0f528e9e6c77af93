package id.selaras.aspiration;

import java.util.Set;

/** Where an aspiration (usulan) stands; the last three are outcomes, each given with a public reason. */
public enum AspirationStatus {
    RECEIVED, UNDER_REVIEW, ACCOMMODATED, PARTLY_ACCOMMODATED, NOT_ACCOMMODATED;

    public boolean outcome() {
        return this == ACCOMMODATED || this == PARTLY_ACCOMMODATED || this == NOT_ACCOMMODATED;
    }

    /** Statuses reachable from this one: forward through review, and an outcome may be revised (with a reason). */
    public Set<AspirationStatus> next() {
        return switch (this) {
            case RECEIVED -> Set.of(UNDER_REVIEW, ACCOMMODATED, PARTLY_ACCOMMODATED, NOT_ACCOMMODATED);
            case UNDER_REVIEW -> Set.of(ACCOMMODATED, PARTLY_ACCOMMODATED, NOT_ACCOMMODATED);
            case ACCOMMODATED, PARTLY_ACCOMMODATED, NOT_ACCOMMODATED -> Set.of(UNDER_REVIEW, ACCOMMODATED,
                    PARTLY_ACCOMMODATED, NOT_ACCOMMODATED);
        };
    }
}
