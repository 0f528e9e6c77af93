package id.selaras.abuse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import id.selaras.IntegrationTest;
import id.selaras.testing.DatabaseSnapshot;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of every mutation's input, generated from the schema with jqwik's arbitraries: random and
 * huge strings, invalid Unicode, control characters, wrong types, extreme numbers, real and forged ids. Whatever
 * arrives, the answer is never a 5xx, never shows a stack trace, and a refused request writes nothing.
 */
@IntegrationTest
class MutationFuzzTest {

    static final int CASES_PER_MUTATION = Integer.getInteger("fuzz.cases", 12);

    @Autowired GraphQlSource graphQl;
    @Autowired Fixtures fixtures;
    @Autowired DatabaseClient db;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;
    final Random random = new Random(Long.getLong("fuzz.seed", 20261123L));
    List<String> realIds;

    @Test
    void everyMutation_survivesHostileInput() {
        var w = fixtures.world();
        var chain = fixtures.chain(w);
        fixtures.consultation(w);
        realIds = List.of(w.draftId(), Fixtures.id("Region", w.region().id()), Fixtures.id("CascadeNode", chain.program().id()),
                Fixtures.id("OrganisationUnit", w.opdA().id()), Fixtures.id("Plan", w.plan().id()));
        String token = TestTokens.admin("fuzzer");
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (GraphQLFieldDefinition mutation : graphQl.schema().getMutationType().getFieldDefinitions()) {
            GraphQLInputType inputType = mutation.getArgument("input").getType();
            for (int i = 0; i < CASES_PER_MUTATION; i++) {
                Object input = value(inputType, 0);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("query", "mutation($in: " + typeName(inputType) + ") { " + mutation.getName() + "(input: $in) { __typename } }");
                body.put("variables", java.util.Collections.singletonMap("in", input));
                String before = DatabaseSnapshot.take(db);
                var result = client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + token).bodyValue(json.writeValueAsString(body))
                        .exchange().expectBody(byte[].class).returnResult();
                requests++;
                String response = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
                int status = result.getStatus().value();
                boolean failed = response.contains("\"errors\"");
                if (status >= 500 || response.contains("Exception") || response.contains("at id.selaras") || response.contains("java.")) {
                    failures.add(mutation.getName() + " → " + status + " " + abbreviate(response));
                } else if (failed && !response.contains("\"data\":{\"" + mutation.getName() + "\":{")
                        && !before.equals(DatabaseSnapshot.take(db))) {
                    failures.add(mutation.getName() + " refused but wrote: " + abbreviate(response));
                }
            }
        }
        assertThat(failures).as("after %d hostile requests", requests).isEmpty();
    }

    private Object value(GraphQLType type, int depth) {
        if (type instanceof GraphQLNonNull nn) {
            return random.nextInt(12) == 0 ? null : value(nn.getWrappedType(), depth);
        }
        if (random.nextInt(10) == 0) {
            return wrongType();
        }
        if (type instanceof GraphQLList list) {
            List<Object> items = new ArrayList<>();
            int n = random.nextInt(depth > 1 ? 3 : 6);
            for (int i = 0; i < n; i++) {
                items.add(value(list.getWrappedType(), depth + 1));
            }
            return items;
        }
        if (type instanceof GraphQLInputObjectType object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.getFieldDefinitions().forEach(f -> {
                if (random.nextInt(6) != 0) {
                    map.put(f.getName(), value(f.getType(), depth + 1));
                }
            });
            return map;
        }
        if (type instanceof GraphQLEnumType e) {
            return random.nextInt(4) == 0 ? string().sample() : e.getValues().get(random.nextInt(e.getValues().size())).getName();
        }
        GraphQLScalarType scalar = (GraphQLScalarType) type;
        return switch (scalar.getName()) {
            case "Int" -> Arbitraries.of(0, 1, -1, 2025, 2029, Integer.MAX_VALUE, Integer.MIN_VALUE, 100001).sample();
            case "Float" -> Arbitraries.of(0.0, -0.0, 1e308, -1e308, 1e-308, 7.38, 1e15 + 1, 99.999999999).sample();
            case "Boolean" -> random.nextBoolean();
            case "ID" -> random.nextBoolean() ? realIds.get(random.nextInt(realIds.size())) : string().sample();
            case "DateTime" -> Arbitraries.of("2025-01-01T00:00:00Z", "2999-12-31T23:59:59Z", "kemarin", "2025-13-45T99:99:99Z").sample();
            case "Date" -> Arbitraries.of("2025-02-20", "0000-00-00", "2025-02-30").sample();
            default -> string().sample();
        };
    }

    private Object wrongType() {
        return Arbitraries.of((Object) 42, 3.5, true, List.of("x"), Map.of("a", 1), "").sample();
    }

    private static Arbitrary<String> string() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMinLength(1).ofMaxLength(5),
                Arbitraries.just("x".repeat(200_000)),
                Arbitraries.of("'; DROP TABLE plan; --", "<script>alert(1)</script>", "\u202Eevil", "🙂🇮🇩", "NaN", "-Infinity",
                        "1.02.02.2.02.0001", "33.71"));
    }

    private static String typeName(GraphQLType type) {
        if (type instanceof GraphQLNonNull nn) {
            return typeName(nn.getWrappedType()) + "!";
        }
        if (type instanceof GraphQLList list) {
            return "[" + typeName(list.getWrappedType()) + "]";
        }
        return ((graphql.schema.GraphQLNamedType) type).getName();
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
