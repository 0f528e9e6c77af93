package id.selaras.web.identity.account;

import java.util.Set;
import java.util.UUID;

import id.selaras.web.identity.Role;

/**
 * A person's account (akun) at the embedded identity provider. The id is the token subject: the email address is
 * personal data and never leaves this provider.
 *
 * @param regions Kemendagri codes of the regions the roles apply to
 * @param opds    OPD memberships as {@code regionCode:opdCode}
 */
public record Account(UUID id, String email, String displayName, Set<Role> roles, Set<String> regions,
                      Set<String> opds) {

    public Account {
        roles = Set.copyOf(roles);
        regions = Set.copyOf(regions);
        opds = Set.copyOf(opds);
    }
}
