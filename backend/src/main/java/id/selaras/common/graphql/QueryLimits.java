package id.selaras.common.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.ParserOptions;
import graphql.validation.ValidationError;
import id.selaras.common.ErrorType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refuses expensive requests before any work is done (at validation): too deep, too many fields once fragments are
 * expanded, too many aliases, too many operations in one document; and, through the parser, too many tokens. Each is a
 * BAD_REQUEST with its own code and a message in the request's language. Lists are paged (first ≤ 100) elsewhere.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

    /** The limits, configurable as {@code selaras.graphql.limits.*}. */
    @ConfigurationProperties("selaras.graphql.limits")
    record Limits(@DefaultValue("20") int maxDepth, @DefaultValue("3000") int maxFields, @DefaultValue("50") int maxAliases,
                  @DefaultValue("10") int maxOperations, @DefaultValue("15000") int maxTokens) {
    }

    private final Limits limits;
    private final MessageSource messages;

    QueryLimits(Limits limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(
                b -> b.maxTokens(limits.maxTokens()).maxWhitespaceTokens(limits.maxTokens() * 4)));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                        InstrumentationState state) {
        Document document = parameters.getDocument();
        Locale locale = parameters.getExecutionInput().getLocale();
        int operations = document.getDefinitionsOfType(OperationDefinition.class).size();
        if (operations > limits.maxOperations()) {
            throw refuse("TOO_MANY_OPERATIONS", locale, operations, limits.maxOperations());
        }
        int aliases = countAliases(document);
        if (aliases > limits.maxAliases()) {
            throw refuse("TOO_MANY_ALIASES", locale, aliases, limits.maxAliases());
        }
        AtomicInteger fields = new AtomicInteger();
        AtomicInteger depth = new AtomicInteger();
        try {
            QueryTraverser.newQueryTraverser().schema(parameters.getSchema()).document(document)
                    .operationName(parameters.getOperation()).variables(parameters.getVariables()).build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment env) {
                            fields.incrementAndGet();
                            int d = 1;
                            for (var p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
                                d++;
                            }
                            depth.accumulateAndGet(d, Math::max);
                        }
                    });
        } catch (RuntimeException invalid) {
            // unknown fields or operations: graphql-java's validation reports them next
            return SimpleInstrumentationContext.noOp();
        }
        if (depth.get() > limits.maxDepth()) {
            throw refuse("QUERY_TOO_DEEP", locale, depth.get(), limits.maxDepth());
        }
        if (fields.get() > limits.maxFields()) {
            throw refuse("QUERY_TOO_LARGE", locale, fields.get(), limits.maxFields());
        }
        return SimpleInstrumentationContext.noOp();
    }

    private AbortExecutionException refuse(String code, Locale locale, Object... args) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message(messages.getMessage("error." + code, args, code, locale == null ? Locale.forLanguageTag("id") : locale))
                .extensions(Map.of("code", code)).build();
        return new AbortExecutionException(List.of(error));
    }

    private static int countAliases(Document document) {
        int count = 0;
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            count += countAliases(op.getSelectionSet());
        }
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            count += countAliases(fragment.getSelectionSet());
        }
        return count;
    }

    private static int countAliases(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        int count = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                count += (field.getAlias() == null ? 0 : 1) + countAliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count += countAliases(inline.getSelectionSet());
            }
        }
        return count;
    }
}
