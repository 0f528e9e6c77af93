package id.selaras.testing;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import id.selaras.cascade.CascadeKind;
import id.selaras.cascade.CascadeNode;
import id.selaras.cascade.CascadeService;
import id.selaras.common.GlobalId;
import id.selaras.demo.DemoPlanLoader;
import id.selaras.demo.ReferencePlanLoader;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.Polarity;
import id.selaras.plan.Plan;
import id.selaras.plan.PlanKind;
import id.selaras.plan.PlanService;
import id.selaras.plan.PlanVersion;
import id.selaras.region.OrganisationUnit;
import id.selaras.region.Region;
import id.selaras.region.RegionLevel;
import id.selaras.region.RegionService;
import id.selaras.security.Actor;
import org.springframework.core.io.ClassPathResource;

/**
 * Builds what a test needs through the services, as the system actor, in a region of its own (tests share one
 * database, so every fixture gets fresh codes).
 */
public final class Fixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 500));

    private final RegionService regions;
    private final PlanService plans;
    private final CascadeService cascade;
    private final IndicatorService indicators;
    private final id.selaras.consultation.ConsultationService consultations;
    private final id.selaras.aspiration.AspirationService aspirations;
    private final DemoPlanLoader demoLoader;
    private final ReferencePlanLoader referenceLoader;

    public Fixtures(RegionService regions, PlanService plans, CascadeService cascade, IndicatorService indicators,
                    id.selaras.consultation.ConsultationService consultations,
                    id.selaras.aspiration.AspirationService aspirations,
                    DemoPlanLoader demoLoader, ReferencePlanLoader referenceLoader) {
        this.regions = regions;
        this.plans = plans;
        this.cascade = cascade;
        this.indicators = indicators;
        this.consultations = consultations;
        this.aspirations = aspirations;
        this.demoLoader = demoLoader;
        this.referenceLoader = referenceLoader;
    }

    /** Opens the world's draft for consultation and opens a consultation on the whole plan, from a minute ago for a week. */
    public id.selaras.consultation.Consultation consultation(World w) {
        PlanVersion v = plans.versions(List.of(w.draft().id())).block().get(w.draft().id());
        if (v.status() == id.selaras.plan.VersionStatus.DRAFT) {
            plans.openForConsultation(Actor.SYSTEM, v.id(), v.version()).block();
        }
        java.time.Instant now = java.time.Instant.now();
        return consultations.open(Actor.SYSTEM, new id.selaras.consultation.ConsultationService.NewConsultation(v.id(),
                id.selaras.consultation.ConsultationKind.KONSULTASI_PUBLIK, "Konsultasi publik rancangan awal RPJMD", null, null,
                now.minusSeconds(60), now.plus(java.time.Duration.ofDays(7)), null, null)).block();
    }

    /** A signed-in citizen, as the services see them. */
    public static Actor citizen(String subject) {
        return new Actor(subject, "selaras-web", "Warga " + subject, java.util.Set.of(id.selaras.security.Role.CITIZEN),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), true);
    }

    /** An aspiration submitted by the citizen to the world's region. */
    public id.selaras.aspiration.Aspiration aspiration(World w, String citizen) {
        return aspirations.submit(citizen(citizen), null, new id.selaras.aspiration.AspirationService.NewAspiration(
                w.region().id(), null, "Perbaikan drainase di RW 03", "Saluran air tersumbat setiap hujan deras.",
                "INFRASTRUKTUR", null)).block();
    }

    /** A kota with two OPDs and an RPJMD 2025–2029 whose first version is a draft. */
    public World world() {
        int n = NEXT.getAndIncrement();
        String provinceCode = String.format("%02d", 10 + (n / 99) % 90);
        Region province = regions.regionByCode(provinceCode)
                .switchIfEmpty(regions.createRegion(Actor.SYSTEM, provinceCode, "Provinsi Uji " + provinceCode,
                        RegionLevel.PROVINSI, null))
                .onErrorResume(e -> regions.regionByCode(provinceCode))
                .block();
        String code = provinceCode + "." + String.format("%02d", 1 + n % 99);
        Region kota = regions.regionByCode(code)
                .switchIfEmpty(regions.createRegion(Actor.SYSTEM, code, "Kota Uji " + code, RegionLevel.KOTA, province.id()))
                .block();
        OrganisationUnit a = regions.createOpd(Actor.SYSTEM, kota.id(), "1.02.0.00.0.00.01.0000", "Dinas Kesehatan", "DINKES")
                .onErrorResume(e -> regions.opdsOfRegions(List.of(kota.id()))
                        .map(m -> m.get(kota.id()).stream().filter(o -> o.code().startsWith("1.02")).findFirst().orElseThrow()))
                .block();
        OrganisationUnit b = regions.createOpd(Actor.SYSTEM, kota.id(), "1.01.0.00.0.00.01.0000", "Dinas Pendidikan", "DISDIK")
                .onErrorResume(e -> regions.opdsOfRegions(List.of(kota.id()))
                        .map(m -> m.get(kota.id()).stream().filter(o -> o.code().startsWith("1.01")).findFirst().orElseThrow()))
                .block();
        var created = plans.createPlan(Actor.SYSTEM, new PlanService.NewPlan(PlanKind.RPJMD, "RPJMD " + kota.name() + " 2025–2029",
                kota.id(), 2025, 2029, false, null)).block();
        return new World(kota, a, b, created.plan(), created.draft());
    }

    public CascadeNode node(PlanVersion version, CascadeNode parent, CascadeKind kind, String code, String title,
                            OrganisationUnit... opds) {
        return cascade.create(Actor.SYSTEM, new CascadeService.NewNode(version.id(), parent == null ? null : parent.id(), kind,
                code, title, null, null, java.util.Arrays.stream(opds).map(OrganisationUnit::id).toList())).block();
    }

    /** VISI → MISI → TUJUAN → SASARAN → PROGRAM (of OPD a) → KEGIATAN → SUB_KEGIATAN, one of each. */
    public Chain chain(World w) {
        CascadeNode visi = node(w.draft(), null, CascadeKind.VISI, "V", "Kota sehat dan cerdas");
        CascadeNode misi = node(w.draft(), visi, CascadeKind.MISI, "M1", "Meningkatkan kualitas SDM");
        CascadeNode tujuan = node(w.draft(), misi, CascadeKind.TUJUAN, "T1.1", "Meningkatnya derajat kesehatan");
        CascadeNode sasaran = node(w.draft(), tujuan, CascadeKind.SASARAN, "S1.1.1", "Menurunnya angka kesakitan");
        CascadeNode program = node(w.draft(), sasaran, CascadeKind.PROGRAM, "1.02.02",
                "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", w.opdA());
        CascadeNode kegiatan = node(w.draft(), program, CascadeKind.KEGIATAN, "1.02.02.2.02",
                "Penyediaan Layanan Kesehatan untuk UKM dan UKP", w.opdA());
        CascadeNode sub = node(w.draft(), kegiatan, CascadeKind.SUB_KEGIATAN, "1.02.02.2.02.0001",
                "Pengelolaan Pelayanan Kesehatan Ibu Hamil", w.opdA());
        return new Chain(visi, misi, tujuan, sasaran, program, kegiatan, sub);
    }

    public Indicator indicator(CascadeNode node, String name, Polarity polarity, Aggregation aggregation,
                               List<IndicatorInput.TargetInput> targets) {
        return indicators.create(Actor.SYSTEM, node.id(), new IndicatorInput(null, name, "%", "Definisi " + name, null,
                "BPS", null, null, null, null, polarity, aggregation, null, new IndicatorInput.BaselineInput(2024, 10.0),
                targets, null, null), null).block();
    }

    /** {@code node} also supports {@code supported} (a cross-cutting link). */
    public void link(CascadeNode node, CascadeNode supported) {
        cascade.setSupport(Actor.SYSTEM, node.id(), supported.id(), true).block();
    }

    private Indicator reference;

    /** An indicator of a national reference plan (RPJMN 2025–2029), created once. */
    public synchronized Indicator referenceIndicator() {
        if (reference == null) {
            var rpjmn = plans.createPlan(Actor.SYSTEM, new PlanService.NewPlan(PlanKind.RPJMN, "RPJMN 2025–2029 (uji)", null,
                    2025, 2029, true, null)).block();
            CascadeNode visi = node(rpjmn.draft(), null, CascadeKind.VISI, "V", "Indonesia Emas 2045");
            reference = indicator(visi, "Tingkat kemiskinan nasional", Polarity.LOWER_IS_BETTER, Aggregation.LATEST,
                    targets(8.5, 7.5, 6.5, 5.5, 4.5));
        }
        return reference;
    }

    private PlanVersion demo;

    /**
     * The reference plans and the demo plan (RPJMD Kota Magelang), loaded once per test run (the demo's region and
     * OPDs cannot be created twice); emits the revision draft, whose {@code basedOnId} is the adopted version.
     */
    public synchronized PlanVersion demo() {
        if (demo == null) {
            referenceLoader.load().block();
            demo = demoLoader.load(new ClassPathResource("demo/kota-magelang-rpjmd.json")).block();
        }
        return demo;
    }

    public static List<IndicatorInput.TargetInput> targets(double... values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new IndicatorInput.TargetInput(2025 + i, values[i], null, null)).toList();
    }

    /** A workbook with these sheets (name → rows of cells: String, Number, or null for blank). */
    public static byte[] workbook(java.util.Map<String, List<List<Object>>> sheets) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                var sheet = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null && !v.toString().isEmpty()) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            });
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An import-template workbook for {@link #chain}: the vision node as it is, with one new indicator on it. */
    public static byte[] templateWorkbook() {
        return workbook(java.util.Map.of(
                "Kaskade", List.of(List.of("Kode", "Kode Induk", "Jenis", "Uraian"), List.of("V", "", "Visi", "Kota sehat dan cerdas")),
                "Indikator", List.of(List.of("Kode Indikator", "Kode Node", "Nama Indikator", "Satuan", "Polaritas", "Agregasi",
                        "Target 2025"), List.of("IKU-M", "V", "Indeks kebahagiaan", "Indeks", "Semakin tinggi semakin baik",
                        "Nilai terakhir", 70))));
    }

    public static String id(String type, long id) {
        return GlobalId.encode(type, id);
    }

    /** A kota with its OPDs and a draft plan. */
    public record World(Region region, OrganisationUnit opdA, OrganisationUnit opdB, Plan plan, PlanVersion draft) {
        public String draftId() {
            return GlobalId.encode("PlanVersion", draft.id());
        }
    }

    /** One node of each kind, each the parent of the next. */
    public record Chain(CascadeNode visi, CascadeNode misi, CascadeNode tujuan, CascadeNode sasaran, CascadeNode program,
                        CascadeNode kegiatan, CascadeNode sub) {
    }
}
