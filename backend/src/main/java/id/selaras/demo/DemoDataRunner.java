package id.selaras.demo;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Loads the reference plans and the Kota Magelang demo plan at start-up when {@code selaras.demo.load-on-start} is set and no plan exists yet. */
@Component
@ConditionalOnBooleanProperty("selaras.demo.load-on-start")
class DemoDataRunner implements ApplicationRunner {

    static final String DEMO = "demo/kota-magelang-rpjmd.json";
    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoPlanLoader loader;
    private final ReferencePlanLoader references;
    private final DatabaseClient db;

    DemoDataRunner(DemoPlanLoader loader, ReferencePlanLoader references, DatabaseClient db) {
        this.loader = loader;
        this.references = references;
        this.db = db;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean empty = db.sql("SELECT NOT EXISTS (SELECT 1 FROM plan) AS empty").map(r -> r.get("empty", Boolean.class)).one()
                .block(Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(empty)) {
            return;
        }
        long start = System.nanoTime();
        Long referencePlans = references.load().block(Duration.ofMinutes(5));
        log.info("Loaded {} reference plans (RPJMN, RPJMD Provinsi Jawa Tengah)", referencePlans);
        var version = loader.load(new ClassPathResource(DEMO)).block(Duration.ofMinutes(5));
        log.info("Loaded the demo plan (RPJMD Kota Magelang) in {} ms; version {} is {}",
                (System.nanoTime() - start) / 1_000_000, version.number(), version.status());
    }
}
