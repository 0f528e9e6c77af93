package id.selaras.common;

import java.util.List;

/**
 * One expected failure: what went wrong ({@link ErrorCode}), the input field it concerns (a path such as
 * {@code input.targets[2].year}, or null), and the values its message shows.
 */
public record Problem(ErrorCode code, String field, List<Object> args) {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Problem of(ErrorCode code, String field, Object... args) {
        return new Problem(code, field, List.of(args));
    }
}
