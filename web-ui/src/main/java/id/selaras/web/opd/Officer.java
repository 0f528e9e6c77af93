package id.selaras.web.opd;

import java.util.List;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Where the signed-in officer works, from their ID token: the {@code regions} and {@code opds} claims (Kemendagri
 * region codes and Permendagri 90/2019 organisation codes) that the identity provider puts there for staff.
 */
@Component
public class Officer {

    private final AuthenticationContext authentication;

    Officer(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    /** The region codes of the person's work, e.g. {@code 33.71}. */
    public List<String> regions() {
        return claim("regions");
    }

    /**
     * The organisation codes of their OPDs, e.g. {@code 1.02.0.00.0.00.01.0000}; a claim written as
     * {@code regionCode:opdCode} (as the backend also accepts) is read as its OPD code.
     */
    public List<String> opds() {
        return claim("opds").stream().map(c -> c.contains(":") ? c.substring(c.indexOf(':') + 1) : c).toList();
    }

    private List<String> claim(String name) {
        return authentication.getAuthenticatedUser(OidcUser.class).map(user -> {
            List<String> values = user.getClaimAsStringList(name);
            return values == null ? List.<String>of() : List.copyOf(values);
        }).orElse(List.of());
    }
}
