package id.selaras.web.comment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.selaras.web.identity.Role;
import id.selaras.web.identity.client.AccessTokens;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

/**
 * Who takes part on a public page: anonymous visitors read; signed-in people comment and react; officers of the OPD
 * responsible for an item answer officially. The OPD memberships come from the ID token's {@code opds} claim
 * ({@code regionCode:opdCode}); an issuer without that claim leaves the decision to the backend.
 */
@Component
public class Participation {

    /** Where Spring Security's default request cache keeps the page to return to after signing in. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final AuthenticationContext authentication;
    private final AccessTokens tokens;

    Participation(AuthenticationContext authentication, AccessTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    /** An OPD as an item names it: its code and its region's code. */
    public record OpdRef(String code, String regionCode) {
    }

    public boolean signedIn() {
        return authentication.isAuthenticated();
    }

    public boolean has(Role role) {
        return authentication.hasRole(role.name());
    }

    /** True when the person is an officer of one of these OPDs (or their issuer does not say which OPDs they have). */
    public boolean officerOf(List<OpdRef> responsible) {
        if (!has(Role.OPD_OFFICER) || responsible.isEmpty()) {
            return false;
        }
        Object claim = authentication.getAuthenticatedUser(OidcUser.class).map(u -> u.getClaims().get("opds")).orElse(null);
        return matches(claim, responsible);
    }

    static boolean matches(Object claim, List<OpdRef> responsible) {
        if (!(claim instanceof Collection<?> memberships)) {
            return true;
        }
        return responsible.stream().anyMatch(o -> memberships.contains(o.regionCode() + ":" + o.code()));
    }

    /**
     * Makes the sign-in come back to this page (the public page the person wanted to comment on) instead of the home
     * page: the OAuth2 login's success handler returns to the session's saved request, which only a protected page
     * would otherwise set. Nothing happens for people already signed in.
     *
     * @param path the page's route, e.g. {@code indikator/SW5kaWNhdG9yOjE}
     */
    public void returnHereAfterSignIn(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || signedIn()) {
            return;
        }
        request.getHttpServletRequest().getSession(true).setAttribute(SAVED_REQUEST, new SimpleSavedRequest("/" + path));
    }

    /** The access token for a live subscription that should know who listens (my reactions); empty when anonymous. */
    public Optional<String> token() {
        try {
            return signedIn() ? tokens.current() : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
