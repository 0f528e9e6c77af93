package id.selaras.common;

import java.util.List;

/** An expected failure reported to the caller as one or more typed GraphQL errors; nothing was written. */
public class SelarasException extends RuntimeException {

    private final List<Problem> problems;

    public SelarasException(List<Problem> problems) {
        super(problems.isEmpty() ? "no problem" : problems.getFirst().code().name());
        this.problems = List.copyOf(problems);
    }

    public SelarasException(Problem problem) {
        this(List.of(problem));
    }

    public static SelarasException of(ErrorCode code, String field, Object... args) {
        return new SelarasException(Problem.of(code, field, args));
    }

    public static SelarasException notFound(String type, Object id) {
        return of(ErrorCode.NOT_FOUND, null, type, id);
    }

    public static SelarasException conflict(String type) {
        return of(ErrorCode.VERSION_CONFLICT, "input.version", type);
    }

    public List<Problem> problems() {
        return problems;
    }

    public ErrorCode code() {
        return problems.getFirst().code();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Expected failures are control flow, not bugs: no stack trace to build or to leak.
        return this;
    }
}
