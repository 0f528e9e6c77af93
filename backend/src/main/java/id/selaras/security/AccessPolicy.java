package id.selaras.security;

import java.util.Collection;

import id.selaras.common.ErrorCode;
import id.selaras.common.SelarasException;
import org.springframework.stereotype.Component;

/**
 * Who may do what, decided in the services (the business layer) from facts the features pass in: the region an
 * item belongs to and the OPDs responsible for it. A denial never says more than that it is denied.
 */
@Component
public class AccessPolicy {

    /** Any signed-in person or client. */
    public void requireSignedIn(Actor actor) {
        if (actor.anonymous()) {
            throw SelarasException.of(ErrorCode.UNAUTHENTICATED, null);
        }
    }

    public void requireScope(Actor actor, String scope) {
        requireSignedIn(actor);
        if (!actor.hasScope(scope)) {
            throw SelarasException.of(ErrorCode.FORBIDDEN_SCOPE, null, scope);
        }
    }

    public void requireAdmin(Actor actor) {
        requireScope(actor, Scope.ADMIN);
        if (!actor.has(Role.ADMIN)) {
            throw SelarasException.of(ErrorCode.FORBIDDEN, null);
        }
    }

    /** A planner of the region (or an administrator) managing plans, versions and the cascade. */
    public void requirePlanner(Actor actor, String regionCode) {
        requireScope(actor, Scope.WRITE_PLAN);
        if (actor.has(Role.ADMIN)) {
            return;
        }
        if (!actor.has(Role.BAPPEDA_PLANNER)) {
            throw SelarasException.of(ErrorCode.FORBIDDEN, null);
        }
        if (!actor.inRegion(regionCode)) {
            throw SelarasException.of(ErrorCode.FORBIDDEN_REGION, null);
        }
    }

    public boolean isPlanner(Actor actor, String regionCode) {
        return actor.has(Role.ADMIN) || (actor.has(Role.BAPPEDA_PLANNER) && actor.inRegion(regionCode));
    }

    /**
     * Editing an item that belongs to OPDs: a planner of the region, or an officer of one of those OPDs.
     * An item without a responsible OPD is the planners' alone.
     */
    public void requireEditor(Actor actor, String regionCode, Collection<String> opdCodes) {
        requireScope(actor, Scope.WRITE_PLAN);
        if (isPlanner(actor, regionCode)) {
            return;
        }
        if (actor.has(Role.OPD_OFFICER) && actor.inRegion(regionCode)
                && opdCodes.stream().anyMatch(code -> actor.memberOf(regionCode, code))) {
            return;
        }
        if (!actor.has(Role.OPD_OFFICER)) {
            throw SelarasException.of(ErrorCode.FORBIDDEN, null);
        }
        throw SelarasException.of(actor.inRegion(regionCode) ? ErrorCode.FORBIDDEN_OPD : ErrorCode.FORBIDDEN_REGION, null);
    }

    /** Staff of a region (planners, officers, moderators) see its drafts before they are opened to the public. */
    public boolean canSeeDrafts(Actor actor, String regionCode) {
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        boolean staff = actor.has(Role.BAPPEDA_PLANNER) || actor.has(Role.OPD_OFFICER) || actor.has(Role.MODERATOR);
        return staff && actor.inRegion(regionCode) && actor.hasScope(Scope.READ);
    }
}
