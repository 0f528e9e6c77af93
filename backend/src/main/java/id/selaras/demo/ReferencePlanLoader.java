package id.selaras.demo;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the reference plans that the demo plan aligns to (a documented sample of RPJMN 2020–2024, RPJMN 2025–2029
 * and the RPJMD of Provinsi Jawa Tengah 2018–2023; see {@code demo/reference-plans.json} and docs/analytics.md),
 * each in the demo plan's format and adopted. A plan whose title is already a reference plan is skipped, so loading
 * twice is harmless.
 */
@Component
public class ReferencePlanLoader {

    static final String REFERENCES = "demo/reference-plans.json";

    private final DemoPlanLoader plans;
    private final ObjectMapper json;
    private final DatabaseClient db;

    ReferencePlanLoader(DemoPlanLoader plans, ObjectMapper json, DatabaseClient db) {
        this.plans = plans;
        this.json = json;
        this.db = db;
    }

    /** Loads the plans not loaded yet; emits how many it loaded. */
    public Mono<Long> load() {
        JsonNode root;
        try (InputStream in = new ClassPathResource(REFERENCES).getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            return Mono.error(e);
        }
        return Flux.fromIterable(root.path("plans").values())
                .concatMap(plan -> exists(plan.path("plan").path("title").asString())
                        .flatMap(exists -> exists ? Mono.just(0L) : plans.load(plan).thenReturn(1L)))
                .reduce(0L, Long::sum);
    }

    private Mono<Boolean> exists(String title) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM plan WHERE reference AND title = :t) AS e").bind("t", title)
                .map(row -> Boolean.TRUE.equals(row.get("e", Boolean.class))).one();
    }
}
