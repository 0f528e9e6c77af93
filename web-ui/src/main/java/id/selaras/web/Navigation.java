package id.selaras.web;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import id.selaras.web.identity.Role;

/**
 * Where each person can go: the public pages for everyone, then the work of their roles. On phones the first
 * {@link #PHONE_SLOTS} entries are the bottom bar and the rest sit under "Lainnya"; on desktops all are in the side
 * navigation, grouped.
 *
 * <p>The URL paths are Indonesian (they are shared on WhatsApp and read aloud); every view's {@code @Route} is one of them.
 */
public final class Navigation {

    public static final int PHONE_SLOTS = 4;

    public static final String HOME = "";
    public static final String PLANS = "rencana";
    public static final String INDICATOR = "indikator";
    public static final String CONSULTATIONS = "konsultasi";
    public static final String ASPIRATIONS = "aspirasi";
    public static final String MY_INDICATORS = "opd/indikator";
    public static final String RESPONSES = "opd/tanggapan";
    public static final String REALISATIONS = "opd/realisasi";
    public static final String TRIAGE = "opd/aspirasi";
    public static final String MANAGE_PLANS = "kelola/rencana";
    public static final String IMPORT = "kelola/impor";
    public static final String ANALYTICS = "analitik";
    public static final String MODERATION = "moderasi";
    public static final String CLIENTS = "klien-api";
    public static final String ACCOUNTS = "admin/accounts";

    /** A group of the side navigation. */
    public enum Group { PUBLIC, OPD, PLANNING, MODERATION }

    /**
     * One entry.
     *
     * @param path  the route (relative, no leading slash)
     * @param label the message key of its label
     * @param icon  the name of its icon in {@link Icons}
     * @param group where it sits on desktops
     * @param roles who sees it; empty for everyone
     * @param staffFirst shown before the public pages on a phone when the person has one of its roles
     */
    public record Entry(String path, String label, String icon, Group group, Set<Role> roles, boolean staffFirst) {
        boolean visibleTo(Predicate<Role> has) {
            return roles.isEmpty() || roles.stream().anyMatch(has);
        }
    }

    static final List<Entry> ALL = List.of(
            new Entry(HOME, "nav.home", "home", Group.PUBLIC, Set.of(), false),
            new Entry(PLANS, "nav.plans", "plan", Group.PUBLIC, Set.of(), false),
            new Entry(CONSULTATIONS, "nav.consultations", "chat", Group.PUBLIC, Set.of(), false),
            new Entry(ASPIRATIONS, "nav.aspirations", "megaphone", Group.PUBLIC, Set.of(), false),
            new Entry(MY_INDICATORS, "nav.my-indicators", "target", Group.OPD, Set.of(Role.OPD_OFFICER), true),
            new Entry(RESPONSES, "nav.responses", "reply", Group.OPD, Set.of(Role.OPD_OFFICER, Role.BAPPEDA_PLANNER), true),
            new Entry(REALISATIONS, "nav.realisations", "chart", Group.OPD, Set.of(Role.OPD_OFFICER), false),
            new Entry(TRIAGE, "nav.triage", "megaphone", Group.OPD, Set.of(Role.OPD_OFFICER, Role.BAPPEDA_PLANNER), false),
            new Entry(MANAGE_PLANS, "nav.manage-plans", "tree", Group.PLANNING, Set.of(Role.BAPPEDA_PLANNER), true),
            new Entry(IMPORT, "nav.import", "upload", Group.PLANNING, Set.of(Role.BAPPEDA_PLANNER, Role.ADMIN), false),
            new Entry(ANALYTICS, "nav.analytics", "chart", Group.PLANNING, Set.of(Role.BAPPEDA_PLANNER), false),
            new Entry(MODERATION, "nav.moderation", "shield", Group.MODERATION, Set.of(Role.MODERATOR), true),
            new Entry(CLIENTS, "nav.clients", "key", Group.MODERATION, Set.of(Role.MODERATOR, Role.ADMIN), false),
            new Entry(ACCOUNTS, "nav.accounts", "user", Group.MODERATION, Set.of(Role.ADMIN), false));

    private Navigation() {
    }

    /** The entries a person sees, in phone order: their main work first, then the public pages, then the rest. */
    public static List<Entry> forPerson(Predicate<Role> has) {
        List<Entry> visible = ALL.stream().filter(e -> e.visibleTo(has)).toList();
        List<Entry> work = visible.stream().filter(e -> e.staffFirst() && !e.roles().isEmpty()).toList();
        List<Entry> ordered = new java.util.ArrayList<>();
        ordered.add(visible.getFirst()); // home always first
        ordered.addAll(work);
        visible.stream().filter(e -> !ordered.contains(e)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
