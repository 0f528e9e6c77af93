package id.selaras;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.selaras.testing.Fixtures;
import id.selaras.testing.SchemaReportCapture;
import id.selaras.testing.SqlCounter;
import id.selaras.testing.TestTokens;
import id.selaras.testsupport.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole backend on a random port against a real PostgreSQL (the run's own database), with tokens
 * signed by a key made for the run. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // every test calls from 127.0.0.1: per-address limits are tested on their own (RateLimitTest)
        "selaras.rate-limit.address-factor=100000",
        "selaras.live.poll=200ms"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestTokens.Initializer.class})
@Import({SqlCounter.Config.class, SchemaReportCapture.class, Fixtures.class})
public @interface IntegrationTest {
}
