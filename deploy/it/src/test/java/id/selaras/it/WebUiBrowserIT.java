package id.selaras.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import id.selaras.it.Chromium.Size;
import id.selaras.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser (Debian's headless Chromium) against the built applications running as plain processes
 * — the backend with the demo plan and the web UI with its embedded sign-in — at a phone's size (390×844) and a
 * desktop's (1366×768). Screenshots of every page and every step are written to {@code target/screenshots/}.
 *
 * <ul>
 *   <li>The main pages, for visitors and for each kind of staff, have no serious or critical axe-core violation.</li>
 *   <li>The participation journey: a citizen signs up, comments on a draft indicator and proposes a different target;
 *   an officer of the responsible OPD, in another browser, sees it appear live and answers officially; the citizen
 *   sees the official answer appear live, first in the thread.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiBrowserIT {

    static final String DEMO_PASSWORD = "kopi tubruk magelang 2026";
    static final String OFFICER = "dinkes@demo.example";
    static final String PLANNER = "bappeda@demo.example";
    static final String MODERATOR = "moderator@demo.example";
    static final String ADMIN = "admin@demo.example";
    static final String DINKES = "1.02.0.00.0.00.01.0000";

    TestDatabase db;
    AppProcess backend;
    AppProcess web;
    String webUrl;
    int backendPort;
    Chromium chromium;
    String indicatorId;
    String indicatorName;
    String consultationId;
    String draftId;

    @BeforeAll
    void start() throws Exception {
        db = TestDatabase.create();
        backendPort = MultiInstanceIT.freePort();
        int webPort = MultiInstanceIT.freePort();
        webUrl = "http://localhost:" + webPort;
        Map<String, String> env = database();
        env.put("SELARAS_BACKEND_PORT", Integer.toString(backendPort));
        env.put("SELARAS_DEMO", "true");
        env.put("SELARAS_OIDC_ISSUER", webUrl);
        env.put("SELARAS_ALLOWED_ORIGINS", webUrl);
        backend = AppProcess.start("backend", "selaras-backend-exec.jar", env)
                .awaitHttpOk("http://localhost:" + backendPort + "/actuator/health/readiness", Duration.ofMinutes(5));
        Map<String, String> webEnv = database();
        webEnv.put("SELARAS_WEB_PORT", Integer.toString(webPort));
        webEnv.put("SELARAS_WEB_MANAGEMENT_PORT", Integer.toString(MultiInstanceIT.freePort()));
        webEnv.put("SELARAS_BACKEND_URL", "http://localhost:" + backendPort);
        webEnv.put("SELARAS_OIDC_ISSUER", webUrl);
        webEnv.put("SELARAS_DEMO", "true");
        webEnv.put("SELARAS_DEMO_PASSWORD", DEMO_PASSWORD);
        web = AppProcess.start("web-ui", "selaras-web-ui-exec.jar", webEnv).awaitHttpOk(webUrl + "/", Duration.ofMinutes(6));
        findDraftIndicatorOfDinkes();
        chromium = Chromium.launch();
    }

    @AfterAll
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        for (AppProcess p : new AppProcess[] {web, backend}) {
            if (p != null) {
                p.close();
            }
        }
    }

    Map<String, String> database() {
        return AppProcess.databaseEnvironment(db);
    }

    /** An indicator of the revision in consultation that Dinas Kesehatan answers for, as any third-party app finds it. */
    @SuppressWarnings("unchecked")
    void findDraftIndicatorOfDinkes() {
        HttpGraphQlClient api = HttpGraphQlClient.builder(WebClient.builder()
                .baseUrl("http://localhost:" + backendPort + "/graphql")
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))).build();
        var plans = api.document("""
                { plans(kind: RPJMD, reference: false, first: 5) { edges { node { currentDraft { id status } } } }
                  consultations(state: OPEN, first: 5) { edges { node { id } } } }""").execute().block(Duration.ofSeconds(60));
        Map<String, Object> draft = plans.field("plans.edges[0].node.currentDraft").toEntity(Map.class);
        assertThat(draft.get("status")).isEqualTo("IN_CONSULTATION");
        draftId = (String) draft.get("id");
        consultationId = (String) plans.field("consultations.edges[0].node.id").getValue();
        var indicators = api.document("""
                query($v: ID!) { indicators(planVersion: $v, first: 100) { edges { node { id code name
                  responsibleOpds { code } } } } }""").variable("v", draft.get("id")).execute().block(Duration.ofSeconds(60));
        List<Map<String, Object>> all = indicators.field("indicators.edges").toEntityList(Map.class).stream()
                .map(e -> (Map<String, Object>) e.get("node")).toList();
        Map<String, Object> ofDinkes = all.stream().filter(i -> ((List<Map<String, Object>>) i.get("responsibleOpds")).stream()
                .anyMatch(o -> DINKES.equals(o.get("code")))).findFirst().orElseThrow();
        indicatorId = (String) ofDinkes.get("id");
        indicatorName = (String) ofDinkes.get("name");
    }

    String indicatorPath() {
        return "/indikator/" + URLEncoder.encode(indicatorId, StandardCharsets.UTF_8);
    }

    // ---- the main pages -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Size.class)
    @Order(1)
    void mainPages_haveNoSeriousOrCriticalAccessibilityViolations(Size size) {
        Map<String, String> publicPages = new LinkedHashMap<>();
        publicPages.put("beranda", "/");
        publicPages.put("rencana", "/rencana");
        publicPages.put("rencana-pohon-kinerja", "/rencana/" + URLEncoder.encode(draftId, StandardCharsets.UTF_8));
        publicPages.put("indikator", indicatorPath());
        publicPages.put("konsultasi", "/konsultasi");
        publicPages.put("konsultasi-detail", "/konsultasi/" + URLEncoder.encode(consultationId, StandardCharsets.UTF_8));
        publicPages.put("aspirasi", "/aspirasi");
        publicPages.put("masuk", "/login");
        publicPages.put("daftar", "/register");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        try (BrowserContext visitor = chromium.person(size)) {
            Page page = visitor.newPage();
            publicPages.forEach((name, path) -> visit(page, size, name, path, violations));
        }
        staffPages(size, OFFICER, Map.of("opd-indikator", "/opd/indikator", "opd-tanggapan", "/opd/tanggapan",
                "opd-realisasi", "/opd/realisasi", "opd-aspirasi", "/opd/aspirasi"), violations);
        staffPages(size, PLANNER, Map.of("kelola-rencana", "/kelola/rencana", "kelola-impor", "/kelola/impor",
                "analitik", "/analitik"), violations);
        staffPages(size, MODERATOR, Map.of("moderasi", "/moderasi", "klien-api", "/klien-api"), violations);
        staffPages(size, ADMIN, Map.of("admin-akun", "/admin/accounts"), violations);

        assertThat(violations).as("serious or critical axe-core violations per page at " + size).isEmpty();
    }

    void staffPages(Size size, String email, Map<String, String> pages, Map<String, List<String>> violations) {
        try (BrowserContext staff = chromium.person(size)) {
            Page page = staff.newPage();
            signIn(page, email, DEMO_PASSWORD);
            pages.forEach((name, path) -> visit(page, size, name, path, violations));
        }
    }

    void visit(Page page, Size size, String name, String path, Map<String, List<String>> violations) {
        try {
            check(page, size, name, path, violations);
        } catch (RuntimeException | AssertionError e) {
            Chromium.screenshot(page, size, name + "-failed");
            throw new AssertionError(path + " at " + size + ": " + e.getMessage() + "\nweb UI log:\n" + web.tail(), e);
        }
    }

    void check(Page page, Size size, String name, String path, Map<String, List<String>> violations) {
        var response = page.navigate(webUrl + path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(page.url()).as("no redirect away from " + path).startsWith(webUrl + path);
        page.waitForSelector("h1");
        page.waitForLoadState();
        assertThat(page.title()).as("title of " + path).isNotBlank();
        assertThat(page.locator("main").count()).as("main landmark of " + path).isGreaterThanOrEqualTo(1);
        Chromium.screenshot(page, size, name);
        List<String> found = Chromium.seriousViolations(page);
        if (!found.isEmpty()) {
            violations.put(path, found);
        }
    }

    // ---- the participation journey ------------------------------------------------------------------------------

    /**
     * Run twice: the citizen on a phone and the officer at a desk, then the other way round.
     */
    @ParameterizedTest
    @EnumSource(Size.class)
    @Order(2)
    void citizenCommentsAndProposesATarget_officerSeesItLiveAndAnswersOfficially_citizenSeesTheAnswerLive(Size citizenSize) {
        try {
            journey(citizenSize);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("journey with the citizen at " + citizenSize + ": " + e.getMessage()
                    + "\nweb UI log:\n" + web.tail() + "\nbackend log:\n" + backend.tail(), e);
        }
    }

    void journey(Size citizenSize) {
        Size officerSize = citizenSize == Size.PHONE ? Size.DESKTOP : Size.PHONE;
        String step = "journey-" + citizenSize.folder() + "-";
        String email = "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        String question = "Mohon dijelaskan kenapa target ini turun? Puskesmas di Magelang Utara sering penuh. [" + citizenSize + "]";
        String answer = "Tanggapan resmi Dinkes: target disesuaikan karena refocusing anggaran 2020. [" + citizenSize + "]";

        try (BrowserContext citizenBrowser = chromium.person(citizenSize);
             BrowserContext officerBrowser = chromium.person(officerSize)) {
            Page citizen = citizenBrowser.newPage();
            Page officer = officerBrowser.newPage();

            // The citizen signs up, then signs in.
            citizen.navigate(webUrl + "/register");
            citizen.fill("#email", email);
            citizen.fill("#displayName", "Siti Warga");
            citizen.fill("#password", "teh poci gula batu 17");
            citizen.check("#consent");
            Chromium.screenshot(citizen, citizenSize, step + "01-citizen-signs-up");
            citizen.click("form.identity-form button[type=submit]");
            citizen.waitForURL("**/login?registered");
            signIn(citizen, email, "teh poci gula batu 17");
            Chromium.screenshot(citizen, citizenSize, step + "02-citizen-signed-in");

            // The officer opens the same indicator and waits.
            signIn(officer, OFFICER, DEMO_PASSWORD);
            officer.navigate(webUrl + indicatorPath());
            officer.waitForSelector("#comments", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            awaitLive(officer);

            // The citizen opens the draft indicator, comments and proposes a different target.
            citizen.navigate(webUrl + indicatorPath());
            assertThat(citizen.locator("h1").innerText()).contains(indicatorName);
            awaitLive(citizen);
            fill(citizen, "comment-body", question);
            citizen.locator("#proposal-toggle input, input#proposal-toggle").first().check();
            choose(citizen, "proposal-year", "2021");
            fill(citizen, "proposal-value", "95,5");
            Chromium.screenshot(citizen, citizenSize, step + "03-citizen-writes-comment-and-proposal");
            long sent = System.nanoTime();
            citizen.click("#comment-submit");
            Locator mine = citizen.locator("#comments .comment", new Page.LocatorOptions().setHasText(question));
            mine.first().waitFor();
            Chromium.screenshot(citizen, citizenSize, step + "04-citizen-sees-own-comment");

            // It appears on the officer's screen without a reload.
            Locator arrived = officer.locator("#comments .comment", new Page.LocatorOptions().setHasText(question));
            arrived.first().waitFor(new Locator.WaitForOptions().setTimeout(15_000));
            long liveMillis = Duration.ofNanos(System.nanoTime() - sent).toMillis();
            System.out.printf("[browser] comment reached the officer's page live in %d ms (%s → %s)%n", liveMillis,
                    citizenSize, officerSize);
            assertThat(arrived.first().innerText()).contains("2021").containsAnyOf("95,5", "95,50");
            Chromium.screenshot(officer, officerSize, step + "05-officer-sees-comment-live");

            // The officer answers officially.
            arrived.first().locator(".reply-button").first().click();
            Locator reply = officer.locator(".reply-body textarea, textarea.reply-body").first();
            reply.fill(answer);
            officer.locator(".official-toggle input, input.official-toggle").first().check();
            Chromium.screenshot(officer, officerSize, step + "06-officer-writes-official-answer");
            long answered = System.nanoTime();
            officer.locator(".reply-submit").first().click();
            officer.locator("#comments .comment.official", new Page.LocatorOptions().setHasText(answer)).first().waitFor();

            // The citizen sees the official answer appear, live, marked as official.
            Locator official = citizen.locator("#comments .comment.official", new Page.LocatorOptions().setHasText(answer));
            official.first().waitFor(new Locator.WaitForOptions().setTimeout(15_000));
            System.out.printf("[browser] official answer reached the citizen's page live in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - answered).toMillis());
            Chromium.screenshot(citizen, citizenSize, step + "07-citizen-sees-official-answer-live");
            assertThat(citizen.locator("#live-status").getAttribute("data-status")).isEqualTo("connected");
            List<String> issues = new ArrayList<>(Chromium.seriousViolations(citizen));
            issues.addAll(Chromium.seriousViolations(officer));
            assertThat(issues).as("axe-core on the indicator page with a thread").isEmpty();
        }
    }

    void signIn(Page page, String email, String password) {
        page.navigate(webUrl + "/oauth2/authorization/selaras");
        page.waitForSelector("#username");
        page.fill("#username", email);
        page.fill("#password", password);
        page.click("form.identity-form button[type=submit]");
        page.waitForURL(url -> url.startsWith(webUrl) && !url.contains("/login") && !url.contains("/oauth2/"));
        page.waitForSelector("h1");
    }

    static void awaitLive(Page page) {
        page.waitForSelector("#live-status[data-status=connected]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(15_000));
    }

    /** Types into a field whether it is a native input or a Vaadin field (whose input sits inside it). */
    static void fill(Page page, String id, String value) {
        page.locator("#" + id + " input, #" + id + " textarea, input#" + id + ", textarea#" + id).first().fill(value);
    }

    /** Chooses an option of a native select or of a Vaadin select/combo box. */
    static void choose(Page page, String id, String option) {
        Locator field = page.locator("#" + id).first();
        String tag = (String) field.evaluate("e => e.tagName");
        if ("SELECT".equals(tag)) {
            field.selectOption(option);
        } else if ("VAADIN-COMBO-BOX".equals(tag)) {
            field.locator("input").fill(option);
            page.keyboard().press("Enter");
        } else {
            field.click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(option)).first().click();
        }
    }

    @Test
    @Order(3)
    void screenshotsWereWritten() {
        assertThat(Chromium.SCREENSHOTS.resolve("phone").resolve("beranda.png")).exists();
        assertThat(Chromium.SCREENSHOTS.resolve("desktop").resolve("beranda.png")).exists();
    }
}
