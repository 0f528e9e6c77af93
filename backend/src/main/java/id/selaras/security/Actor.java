package id.selaras.security;

import java.util.Set;

/**
 * Who makes a request: a signed-in person (with roles scoped to regions and OPDs), a client acting for itself, or
 * nobody. Every write names its actor; services decide with {@link AccessPolicy} what the actor may do.
 *
 * @param subject   the token's subject, null when anonymous
 * @param clientId  the OAuth2 client the token was issued to
 * @param regions   Kemendagri codes of the regions the roles apply to
 * @param opds      OPD memberships as {@code regionCode:opdCode}
 * @param scopes    granted scopes; ignored when {@code firstParty}
 */
public record Actor(String subject, String clientId, String name, Set<Role> roles, Set<String> regions,
                    Set<String> opds, Set<String> scopes, boolean firstParty) {

    public static final Actor ANONYMOUS = new Actor(null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), false);
    /** Startup jobs (demo data, migrations of data) that run with no request. */
    public static final Actor SYSTEM = new Actor("system", null, "Selaras", Set.of(Role.ADMIN), Set.of(), Set.of(), Set.of(), true);

    public Actor {
        roles = Set.copyOf(roles);
        regions = Set.copyOf(regions);
        opds = Set.copyOf(opds);
        scopes = Set.copyOf(scopes);
    }

    public boolean anonymous() {
        return subject == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasScope(String scope) {
        return firstParty || scopes.contains(scope);
    }

    public boolean inRegion(String regionCode) {
        return has(Role.ADMIN) || (regionCode != null && regions.contains(regionCode));
    }

    public boolean memberOf(String regionCode, String opdCode) {
        return opds.contains(regionCode + ":" + opdCode);
    }

    /** How the audit trail names this actor. */
    public String auditName() {
        if (anonymous()) {
            return "anonymous";
        }
        return (roles.isEmpty() && clientId != null && clientId.equals(subject) ? "client:" : "user:") + subject;
    }
}
