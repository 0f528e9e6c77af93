package id.selaras.testing;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

/** Keeps Spring for GraphQL's schema-mapping report so a test can fail on any unmapped field or argument. */
@TestConfiguration(proxyBeanMethods = false)
public class SchemaReportCapture {

    public static final AtomicReference<SchemaReport> REPORT = new AtomicReference<>();

    @Bean
    GraphQlSourceBuilderCustomizer captureSchemaReport() {
        return builder -> builder.inspectSchemaMappings(REPORT::set);
    }
}
