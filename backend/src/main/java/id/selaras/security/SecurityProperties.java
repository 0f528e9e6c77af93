package id.selaras.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens map to actors. Claim names are paths ({@code realm_access.roles} for Keycloak), so any OIDC provider
 * works.
 *
 * @param firstPartyClients client ids (the {@code azp} or {@code client_id} claim) trusted with every scope, e.g. the web UI
 */
@ConfigurationProperties("selaras.security")
public record SecurityProperties(@DefaultValue Claims claims,
                                 @DefaultValue("selaras-web") List<String> firstPartyClients) {

    /** Names of the claims that carry roles, regions, OPD memberships, display name and scopes. */
    public record Claims(@DefaultValue("roles") String roles,
                         @DefaultValue("regions") String regions,
                         @DefaultValue("opds") String opds,
                         @DefaultValue("name") String name,
                         @DefaultValue("scope") String scope) {
    }
}
