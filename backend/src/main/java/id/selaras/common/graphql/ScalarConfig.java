package id.selaras.common.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} and {@code DateTime} scalars, ISO-8601 both ways. */
@Configuration
class ScalarConfig {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(dateTime()).scalar(date());
    }

    static GraphQLScalarType dateTime() {
        return GraphQLScalarType.newScalar().name("DateTime").description("ISO-8601 instant with offset")
                .coercing(new Coercing<Instant, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext ctx, Locale locale) {
                        if (value instanceof Instant i) {
                            return i.atOffset(ZoneOffset.UTC).toString();
                        }
                        if (value instanceof OffsetDateTime o) {
                            return o.toString();
                        }
                        throw new CoercingSerializeException("Not a DateTime: " + value);
                    }

                    @Override
                    public Instant parseValue(Object input, GraphQLContext ctx, Locale locale) {
                        try {
                            return OffsetDateTime.parse(input.toString()).toInstant();
                        } catch (DateTimeParseException e) {
                            throw new CoercingParseValueException("Not an ISO-8601 date-time: " + input);
                        }
                    }

                    @Override
                    public Instant parseLiteral(Value<?> input, CoercedVariables vars, GraphQLContext ctx, Locale locale) {
                        if (input instanceof StringValue s) {
                            try {
                                return OffsetDateTime.parse(s.getValue()).toInstant();
                            } catch (DateTimeParseException e) {
                                throw new CoercingParseLiteralException("Not an ISO-8601 date-time: " + s.getValue());
                            }
                        }
                        throw new CoercingParseLiteralException("DateTime must be a string");
                    }
                }).build();
    }

    static GraphQLScalarType date() {
        return GraphQLScalarType.newScalar().name("Date").description("ISO-8601 calendar date")
                .coercing(new Coercing<LocalDate, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext ctx, Locale locale) {
                        if (value instanceof LocalDate d) {
                            return d.toString();
                        }
                        throw new CoercingSerializeException("Not a Date: " + value);
                    }

                    @Override
                    public LocalDate parseValue(Object input, GraphQLContext ctx, Locale locale) {
                        try {
                            return LocalDate.parse(input.toString());
                        } catch (DateTimeParseException e) {
                            throw new CoercingParseValueException("Not an ISO-8601 date: " + input);
                        }
                    }

                    @Override
                    public LocalDate parseLiteral(Value<?> input, CoercedVariables vars, GraphQLContext ctx, Locale locale) {
                        if (input instanceof StringValue s) {
                            try {
                                return LocalDate.parse(s.getValue());
                            } catch (DateTimeParseException e) {
                                throw new CoercingParseLiteralException("Not an ISO-8601 date: " + s.getValue());
                            }
                        }
                        throw new CoercingParseLiteralException("Date must be a string");
                    }
                }).build();
    }
}
