package id.selaras.web.identity.account;

import java.util.Set;

import id.selaras.web.identity.Role;

/**
 * An account an administrator creates for government staff: an OPD officer, a Bappeda planner or a moderator.
 *
 * @param regionCode the region (daerah) the roles apply to; blank for an administrator
 * @param opdCodes   the officer's OPD codes within that region
 */
public record StaffAccount(String email, String displayName, String password, Set<Role> roles, String regionCode,
                           Set<String> opdCodes) {
}
