package id.selaras;

import id.selaras.testing.SchemaReportCapture;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SchemaMappingTest {

    @Test
    void everySchemaFieldAndArgumentIsMapped() {
        SchemaReport report = SchemaReportCapture.REPORT.get();
        assertThat(report).as("schema report captured at startup").isNotNull();
        assertThat(report.unmappedFields()).as(report.toString()).isEmpty();
        assertThat(report.unmappedArguments()).as(report.toString()).isEmpty();
        assertThat(report.unmappedRegistrations()).as(report.toString()).isEmpty();
        assertThat(report.skippedTypes()).as(report.toString()).isEmpty();
    }
}
