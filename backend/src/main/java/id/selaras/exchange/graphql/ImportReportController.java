package id.selaras.exchange.graphql;

import java.util.List;
import java.util.Locale;

import graphql.schema.DataFetchingEnvironment;
import id.selaras.exchange.ImportProblem;
import id.selaras.exchange.ImportReport;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Fields of the import report computed from it: counts per change, and each problem's message in both languages. */
@Controller
class ImportReportController {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    ImportReportController(MessageSource messages) {
        this.messages = messages;
    }

    @SchemaMapping(typeName = "ImportReport", field = "counts")
    List<ImportReport.Count> counts(ImportReport report) {
        return report.countList();
    }

    @SchemaMapping(typeName = "ImportProblem", field = "code")
    String code(ImportProblem problem) {
        return problem.code().name();
    }

    @SchemaMapping(typeName = "ImportProblem", field = "message")
    String message(ImportProblem problem, DataFetchingEnvironment env) {
        return text(problem, env.getLocale() == null ? INDONESIAN : env.getLocale());
    }

    @SchemaMapping(typeName = "ImportProblem", field = "messageId")
    String messageId(ImportProblem problem) {
        return text(problem, INDONESIAN);
    }

    @SchemaMapping(typeName = "ImportProblem", field = "messageEn")
    String messageEn(ImportProblem problem) {
        return text(problem, Locale.ENGLISH);
    }

    private String text(ImportProblem p, Locale locale) {
        return messages.getMessage(p.code().messageKey(), p.args().toArray(), p.code().name(), locale);
    }
}
