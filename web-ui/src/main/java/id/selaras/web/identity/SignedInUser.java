package id.selaras.web.identity;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Who is signed in to the web UI, as the views see it: a name to show and the roles from the ID token. */
@Component
public class SignedInUser {

    private final AuthenticationContext authentication;

    SignedInUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The display name, when someone is signed in. */
    public Optional<String> name() {
        return authentication.getAuthenticatedUser(OidcUser.class).map(user -> user.getFullName() != null
                ? user.getFullName() : user.getSubject());
    }

    /** The token subject of the signed-in person ({@code sub}), for audit columns such as {@code created_by}. */
    public Optional<String> subject() {
        return authentication.getAuthenticatedUser(OidcUser.class).map(OidcUser::getSubject);
    }

    public boolean has(Role role) {
        return authentication.hasRole(role.name());
    }

    /** Signs out of the web UI and of the issuer, then returns to the home page. */
    public void signOut() {
        authentication.logout();
    }
}
