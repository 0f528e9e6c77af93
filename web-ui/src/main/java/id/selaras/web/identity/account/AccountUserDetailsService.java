package id.selaras.web.identity.account;

import java.time.Clock;
import java.util.List;

import id.selaras.web.identity.EmbeddedProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks an account up by the email typed at sign-in. The user name it returns is the account id, so that the
 * authentication's name — and the token's subject — is the id and not the email.
 */
@Component
@EmbeddedProvider
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AccountRepository.Credentials account = accounts.credentials(email)
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given email"));
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        // Roles are not authorities here: they go into tokens (TokenClaims), read from the database at issue time.
        return User.withUsername(account.id().toString()).password(account.passwordHash())
                .disabled(!account.enabled()).accountLocked(locked).authorities(List.of()).build();
    }
}
