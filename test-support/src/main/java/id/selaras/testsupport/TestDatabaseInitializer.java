package id.selaras.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring Boot test context (R2DBC, Flyway and JDBC data sources) at the shared test database. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.shared();
        Map<String, Object> p = new HashMap<>();
        p.put("spring.r2dbc.url", db.r2dbcUrl());
        p.put("spring.r2dbc.username", db.username());
        p.put("spring.flyway.url", db.jdbcUrl());
        p.put("spring.flyway.user", db.username());
        p.put("spring.datasource.url", db.jdbcUrl());
        p.put("spring.datasource.username", db.username());
        if (db.password() != null) {
            p.put("spring.r2dbc.password", db.password());
            p.put("spring.flyway.password", db.password());
            p.put("spring.datasource.password", db.password());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("selarasTestDatabase", p));
    }
}
