package id.selaras.analytics.graphql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.selaras.analytics.AnalyticsService;
import id.selaras.analytics.Finding;
import id.selaras.analytics.Rule;
import id.selaras.analytics.Severity;
import id.selaras.analytics.Term;
import id.selaras.common.Connection;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.security.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code findings}, {@code analyticsRules} and the {@code Finding} type, with messages in the request's language. */
@Controller
class FindingController {

    private final AnalyticsService analytics;
    private final MessageSource messages;

    FindingController(AnalyticsService analytics, MessageSource messages) {
        this.analytics = analytics;
        this.messages = messages;
    }

    @QueryMapping
    Mono<Connection<Finding>> findings(@Argument String planVersion, @Argument Severity severity, @Argument String rule,
                                      @Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            long versionId = GlobalId.decode("PlanVersion", planVersion, "planVersion");
            Rule r = rule == null ? null : Rule.parse(rule, "rule");
            Page page = Page.of(first, after);
            return CurrentActor.get().flatMap(actor -> analytics.findings(actor, versionId, severity, r, page));
        });
    }

    @QueryMapping
    List<RuleDescription> analyticsRules(Locale locale) {
        return Arrays.stream(Rule.values()).map(r -> new RuleDescription(r.name(), r.severity(),
                messages.getMessage(r.descriptionKey(), null, r.name(), locale(locale)))).toList();
    }

    @SchemaMapping(typeName = "Finding", field = "rule")
    String rule(Finding finding) {
        return finding.rule().name();
    }

    @SchemaMapping(typeName = "Finding", field = "message")
    String message(Finding finding, Locale locale) {
        Locale l = locale(locale);
        Object[] args = finding.args().stream().map(a -> resolve(a, l)).toArray();
        return messages.getMessage(finding.messageKey(), args, finding.messageKey(), l);
    }

    @SchemaMapping(typeName = "Finding", field = "fix")
    String fix(Finding finding, Locale locale) {
        return messages.getMessage(finding.fixKey(), null, null, locale(locale));
    }

    /** Terms are translated, lists of them joined; numbers and texts are left to the message's own format. */
    private Object resolve(Object arg, Locale locale) {
        if (arg instanceof Term t) {
            return messages.getMessage("term." + t.key(), null, t.key(), locale);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(a -> String.valueOf(resolve(a, locale))).collect(Collectors.joining(", "));
        }
        return arg;
    }

    private static Locale locale(Locale locale) {
        return locale == null ? Locale.forLanguageTag("id") : locale;
    }

    /** A rule as {@code analyticsRules} lists it. */
    record RuleDescription(String id, Severity severity, String description) {
    }
}
