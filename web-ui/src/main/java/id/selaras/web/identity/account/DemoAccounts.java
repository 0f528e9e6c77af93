package id.selaras.web.identity.account;

import java.util.List;
import java.util.Set;

import id.selaras.web.identity.Role;

/** The demo accounts of the demo region, Kota Magelang ({@code 33.71}); OPD codes as in the backend's demo data. */
final class DemoAccounts {

    static final String CITIZEN_EMAIL = "warga@demo.example";
    static final String DINKES = "1.02.0.00.0.00.01.0000";
    static final String BAPPEDA = "5.01.0.00.0.00.01.0000";

    private DemoAccounts() {
    }

    /** Staff accounts; their passwords are chosen when they are created. */
    static List<StaffAccount> staff() {
        String region = InitialAccounts.DEMO_REGION;
        return List.of(
                new StaffAccount("admin@demo.example", "Admin Demo", null, Set.of(Role.ADMIN), "", Set.of()),
                new StaffAccount("dinkes@demo.example", "Petugas Dinas Kesehatan", null, Set.of(Role.OPD_OFFICER),
                        region, Set.of(DINKES)),
                new StaffAccount("bappeda@demo.example", "Perencana Bappeda", null, Set.of(Role.BAPPEDA_PLANNER),
                        region, Set.of(BAPPEDA)),
                new StaffAccount("moderator@demo.example", "Moderator Diskominsta", null, Set.of(Role.MODERATOR),
                        region, Set.of()));
    }
}
