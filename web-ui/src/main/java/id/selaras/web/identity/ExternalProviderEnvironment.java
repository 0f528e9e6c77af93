package id.selaras.web.identity;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With an external issuer the web UI keeps no data of its own: the database connection and the migrations of the
 * embedded provider are switched off, so no {@code spring.datasource.*} has to be set.
 */
public class ExternalProviderEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String EXCLUDED = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
            + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("selaras.identity.embedded", Boolean.class, true)) {
            return;
        }
        String existing = environment.getProperty("spring.autoconfigure.exclude", "");
        String excluded = existing.isBlank() ? EXCLUDED : existing + "," + EXCLUDED;
        environment.getPropertySources().addFirst(new MapPropertySource("selarasExternalIdentity",
                Map.of("spring.autoconfigure.exclude", excluded)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.yaml and the environment variables are loaded
    }
}
