package id.selaras.aspiration;

/** The field an aspiration is about, with its label in Bahasa Indonesia and English. */
public enum AspirationTopic {
    PENDIDIKAN("Pendidikan", "Education"),
    KESEHATAN("Kesehatan", "Health"),
    INFRASTRUKTUR("Jalan, jembatan dan drainase", "Roads, bridges and drainage"),
    AIR_SANITASI("Air bersih dan sanitasi", "Water and sanitation"),
    PERUMAHAN("Perumahan dan permukiman", "Housing"),
    EKONOMI_UMKM("Ekonomi, UMKM dan lapangan kerja", "Economy, small business and jobs"),
    SOSIAL("Sosial dan penanggulangan kemiskinan", "Social protection and poverty"),
    LINGKUNGAN("Lingkungan hidup dan persampahan", "Environment and waste"),
    TRANSPORTASI("Transportasi dan perhubungan", "Transport"),
    KEAMANAN_KETERTIBAN("Keamanan, ketertiban dan bencana", "Safety, order and disasters"),
    PEMERINTAHAN("Pelayanan publik dan pemerintahan", "Public services and government"),
    BUDAYA_PARIWISATA("Budaya, pemuda, olahraga dan pariwisata", "Culture, youth, sport and tourism"),
    LAINNYA("Lainnya", "Other");

    private final String labelId;
    private final String labelEn;

    AspirationTopic(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String label(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelId;
    }
}
