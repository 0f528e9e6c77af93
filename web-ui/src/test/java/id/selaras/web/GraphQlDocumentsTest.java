package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import graphql.ParseAndValidate;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation the web UI sends is valid against the API's schema (graphql-schema), so a renamed field fails here. */
class GraphQlDocumentsTest {

    static final Path SCHEMA = Path.of("../graphql-schema/src/main/resources/graphql");
    static final Path DOCUMENTS = Path.of("src/main/resources/graphql-documents");

    static Stream<Path> documents() throws IOException {
        return Files.list(DOCUMENTS).filter(p -> p.toString().endsWith(".graphql")).sorted();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void document_isValidAgainstTheSchema(Path document) throws IOException {
        List<ValidationError> errors = ParseAndValidate.validate(schema(),
                Parser.parse(Files.readString(document)), Locale.ENGLISH);

        assertThat(errors).as(document.getFileName().toString()).isEmpty();
    }

    private static GraphQLSchema schema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(SCHEMA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
}
