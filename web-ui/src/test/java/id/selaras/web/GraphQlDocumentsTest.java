package id.selaras.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document the web UI sends is valid against the API's schema (graphql-schema module) and within the API's
 * limit of 10 operations per request (the whole document is sent with each request).
 */
class GraphQlDocumentsTest {

    static final Path DOCUMENTS = Path.of("src/main/resources/graphql-documents");
    static final Path SCHEMA = Path.of("../graphql-schema/src/main/resources/graphql");

    static Stream<Path> documents() throws IOException {
        return Files.list(DOCUMENTS).filter(p -> p.toString().endsWith(".graphql")).sorted();
    }

    static GraphQLSchema schema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(SCHEMA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void isValid_andWithinTheOperationLimit(Path file) throws IOException {
        Document document = Parser.parse(Files.readString(file));

        assertThat(document.getDefinitionsOfType(OperationDefinition.class)).as(file.getFileName().toString()).hasSizeLessThanOrEqualTo(10);
        List<ValidationError> errors = new Validator().validateDocument(schema(), document, java.util.Locale.ENGLISH);
        assertThat(errors).as(file.getFileName().toString()).isEmpty();
    }
}
