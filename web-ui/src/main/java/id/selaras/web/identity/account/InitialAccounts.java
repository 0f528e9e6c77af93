package id.selaras.web.identity.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.selaras.web.identity.EmbeddedProvider;
import id.selaras.web.identity.IdentityProperties;
import id.selaras.web.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The accounts a fresh installation starts with: the first administrator from the environment, and — in demo mode
 * only — an officer of DINKES Kota Magelang, a Bappeda planner, a moderator and a citizen of the demo region.
 */
@Component
@EmbeddedProvider
class InitialAccounts implements SmartInitializingSingleton {

    static final String DEMO_REGION = "33.71";
    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AccountService accounts;
    private final IdentityProperties properties;

    InitialAccounts(AccountService accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    /** Before the server takes requests: the accounts (and the demo passwords in the log) come before "ready". */
    @Override
    public void afterSingletonsInstantiated() {
        IdentityProperties.Admin admin = properties.admin();
        if (!admin.email().isBlank() && !admin.password().isBlank() && !accounts.anyAdministrator()) {
            accounts.createStaff(new StaffAccount(admin.email(), "Administrator", admin.password(), Set.of(Role.ADMIN),
                    "", Set.of()), "bootstrap");
            log.info("Created the first administrator account from SELARAS_ADMIN_EMAIL.");
        }
        if (properties.demo().accounts()) {
            createDemoAccounts();
        }
    }

    private void createDemoAccounts() {
        List<String> created = new ArrayList<>();
        for (StaffAccount demo : DemoAccounts.staff()) {
            if (!accounts.exists(demo.email())) {
                String password = password();
                accounts.createStaff(new StaffAccount(demo.email(), demo.displayName(), password, demo.roles(),
                        demo.regionCode(), demo.opdCodes()), "demo");
                created.add(String.format("  %-22s %-20s %s", demo.email(), password, demo.displayName()));
            }
        }
        if (!accounts.exists(DemoAccounts.CITIZEN_EMAIL)) {
            String password = password();
            accounts.register(new Registration(DemoAccounts.CITIZEN_EMAIL, "Warga Demo", password, true, "id"));
            created.add(String.format("  %-22s %-20s %s", DemoAccounts.CITIZEN_EMAIL, password, "Warga Demo"));
        }
        if (!created.isEmpty()) {
            // Demo mode only: these accounts exist so that a first-time user can try every role right away.
            log.warn("Demo accounts created (DEMO ONLY — never enable demo mode on a public server):\n{}",
                    String.join("\n", created));
        }
    }

    private String password() {
        if (!properties.demo().password().isBlank()) {
            return properties.demo().password();
        }
        return GeneratedPassword.of(14);
    }
}
