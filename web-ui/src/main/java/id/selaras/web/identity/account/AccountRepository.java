package id.selaras.web.identity.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts with their roles, regions and OPD memberships, in the {@code identity} schema. */
@Repository
@EmbeddedProvider
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sign-in view of an account: its hash and whether it may sign in now. */
    record Credentials(UUID id, String passwordHash, boolean enabled, Instant lockedUntil) {
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM account WHERE lower(email) = lower(:email)").param("email", email)
                .query(Long.class).single() > 0;
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM account_role WHERE role = :role").param("role", role.name())
                .query(Long.class).single() > 0;
    }

    void insert(Account account, String passwordHash, String createdBy) {
        jdbc.sql("""
                INSERT INTO account (id, email, display_name, password_hash, created_by)
                VALUES (:id, :email, :name, :hash, :createdBy)""")
                .param("id", account.id()).param("email", account.email()).param("name", account.displayName())
                .param("hash", passwordHash).param("createdBy", createdBy).update();
        account.roles().forEach(role -> jdbc.sql("INSERT INTO account_role VALUES (:id, :role)")
                .param("id", account.id()).param("role", role.name()).update());
        account.regions().forEach(region -> jdbc.sql("INSERT INTO account_region VALUES (:id, :region)")
                .param("id", account.id()).param("region", region).update());
        account.opds().forEach(opd -> jdbc.sql("INSERT INTO account_opd VALUES (:id, :region, :opd)")
                .param("id", account.id()).param("region", opd.substring(0, opd.indexOf(':')))
                .param("opd", opd.substring(opd.indexOf(':') + 1)).update());
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("SELECT id, password_hash, enabled, locked_until FROM account WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query((rs, n) -> new Credentials(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT email, display_name FROM account WHERE id = :id").param("id", id)
                .query((rs, n) -> new Account(id, rs.getString(1), rs.getString(2), roles(id), regions(id), opds(id)))
                .optional();
    }

    private Set<Role> roles(UUID id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_role WHERE account_id = :id").param("id", id).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Set<String> regions(UUID id) {
        return new LinkedHashSet<>(jdbc.sql("SELECT region_code FROM account_region WHERE account_id = :id ORDER BY 1")
                .param("id", id).query(String.class).list());
    }

    private Set<String> opds(UUID id) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT region_code || ':' || opd_code FROM account_opd WHERE account_id = :id ORDER BY 1""")
                .param("id", id).query(String.class).list());
    }

    /** Counts a failed sign-in; the one that reaches {@code maxFailures} locks the account until {@code until}. */
    void recordFailure(String email, int maxFailures, Instant until) {
        jdbc.sql("""
                UPDATE account SET
                    locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END,
                    failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END
                WHERE lower(email) = lower(:email)""")
                .param("max", maxFailures).param("until", java.sql.Timestamp.from(until)).param("email", email).update();
    }

    void recordSuccess(UUID id) {
        jdbc.sql("""
                UPDATE account SET failed_logins = 0, locked_until = NULL
                WHERE id = :id AND (failed_logins > 0 OR locked_until IS NOT NULL)""").param("id", id).update();
    }

    void recordConsent(UUID accountId, String purpose, String textVersion, String language, Instant givenAt) {
        jdbc.sql("""
                INSERT INTO consent_record (account_id, purpose, text_version, language, given_at)
                VALUES (:id, :purpose, :version, :language, :at)""")
                .param("id", accountId).param("purpose", purpose).param("version", textVersion)
                .param("language", language).param("at", java.sql.Timestamp.from(givenAt)).update();
    }
}
