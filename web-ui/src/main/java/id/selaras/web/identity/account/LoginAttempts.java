package id.selaras.web.identity.account;

import java.time.Clock;
import java.util.UUID;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database and locks an account for a while after too many (penguncian akun), so
 * that guessing passwords is slow on every instance alike. A locked account is refused before its password is checked.
 */
@Component
@EmbeddedProvider
class LoginAttempts {

    private final AccountRepository accounts;
    private final IdentityProperties.Lockout lockout;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.lockout = properties.lockout();
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
                && attempt.getPrincipal() instanceof String email) {
            accounts.recordFailure(email, lockout.maxFailures(), clock.instant().plus(lockout.duration()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // Only password sign-ins: the OAuth2 client authentications of this application carry no account id.
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn
                && signedIn.getPrincipal() instanceof org.springframework.security.core.userdetails.User user) {
            accounts.recordSuccess(UUID.fromString(user.getUsername()));
        }
    }
}
