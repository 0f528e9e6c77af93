package id.selaras.web.plan;

import java.util.Map;

/** Bahasa Indonesia labels for the plan kinds and version statuses the API names in English. */
final class PlanLabels {

    private static final Map<String, String> KINDS = Map.of(
            "RPJPN", "Rencana Pembangunan Jangka Panjang Nasional",
            "RPJMN", "Rencana Pembangunan Jangka Menengah Nasional",
            "RPJPD", "Rencana Pembangunan Jangka Panjang Daerah",
            "RPJMD", "Rencana Pembangunan Jangka Menengah Daerah",
            "RENSTRA", "Rencana Strategis Perangkat Daerah",
            "RKPD", "Rencana Kerja Pemerintah Daerah",
            "RENJA", "Rencana Kerja Perangkat Daerah");

    private static final Map<String, String> STATUSES = Map.of(
            "DRAFT", "Rancangan",
            "IN_CONSULTATION", "Dalam konsultasi publik",
            "ADOPTED", "Ditetapkan",
            "SUPERSEDED", "Digantikan");

    private PlanLabels() {
    }

    /** The short name of a kind as Indonesians write it (Renstra, not RENSTRA). */
    static String kindShort(String kind) {
        return switch (kind) {
            case "RENSTRA" -> "Renstra";
            case "RENJA" -> "Renja";
            default -> kind;
        };
    }

    /** The full name of a kind; unknown kinds (a newer API) fall back to the API's name. */
    static String kindLong(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    static String status(String status) {
        return STATUSES.getOrDefault(status, status);
    }
}
