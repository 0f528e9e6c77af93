package id.selaras.web.identity.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts: citizens register themselves, staff accounts are created by an administrator. */
@Service
@EmbeddedProvider
public class AccountService {

    static final String CONSENT_PURPOSE = "REGISTRATION";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Set<Role> STAFF_ROLES = EnumSet.of(Role.OPD_OFFICER, Role.BAPPEDA_PLANNER, Role.MODERATOR,
            Role.ADMIN);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** Registers a citizen and records the consent they gave, with the text's version and the time. */
    @Transactional
    public Account register(Registration registration) {
        String email = normalisedEmail(registration.email());
        String name = displayName(registration.displayName());
        if (!registration.consentGiven()) {
            throw new AccountException("consent.required");
        }
        PasswordPolicy.check(registration.password(), email, name);
        Account account = create(new Account(UUID.randomUUID(), email, name, Set.of(Role.CITIZEN), Set.of(), Set.of()),
                registration.password(), "self-registration");
        accounts.recordConsent(account.id(), CONSENT_PURPOSE, properties.consent().textVersion(),
                "en".equals(registration.language()) ? "en" : "id", clock.instant());
        return account;
    }

    /** Creates an officer's, planner's, moderator's or administrator's account; {@code createdBy} names who did. */
    @Transactional
    public Account createStaff(StaffAccount staff, String createdBy) {
        String email = normalisedEmail(staff.email());
        String name = displayName(staff.displayName());
        if (staff.roles().isEmpty() || !STAFF_ROLES.containsAll(staff.roles())) {
            throw new AccountException("staff.roleRequired");
        }
        boolean regional = !staff.roles().equals(Set.of(Role.ADMIN));
        String region = staff.regionCode() == null ? "" : staff.regionCode().trim();
        if (regional && region.isEmpty()) {
            throw new AccountException("staff.regionRequired");
        }
        if (staff.roles().contains(Role.OPD_OFFICER) && staff.opdCodes().isEmpty()) {
            throw new AccountException("staff.opdRequired");
        }
        PasswordPolicy.check(staff.password(), email, name);
        Set<String> opds = new LinkedHashSet<>();
        staff.opdCodes().stream().map(String::trim).filter(c -> !c.isEmpty()).forEach(c -> opds.add(region + ":" + c));
        return create(new Account(UUID.randomUUID(), email, name, staff.roles(),
                region.isEmpty() ? Set.of() : Set.of(region), opds), staff.password(), createdBy);
    }

    public Optional<Account> find(UUID id) {
        return accounts.find(id);
    }

    public boolean exists(String email) {
        return accounts.emailTaken(email);
    }

    boolean anyAdministrator() {
        return accounts.anyWithRole(Role.ADMIN);
    }

    private Account create(Account account, String password, String createdBy) {
        if (accounts.emailTaken(account.email())) {
            throw new AccountException("email.taken");
        }
        try {
            accounts.insert(account, passwords.encode(password), createdBy);
        } catch (DuplicateKeyException e) {
            throw new AccountException("email.taken"); // registered in parallel since the check above
        }
        return account;
    }

    private static String normalisedEmail(String email) {
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw new AccountException("email.invalid");
        }
        return trimmed;
    }

    private static String displayName(String name) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.length() < 2 || trimmed.length() > 100) {
            throw new AccountException("name.invalid");
        }
        return trimmed;
    }
}
