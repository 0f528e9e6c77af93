package id.selaras.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;

/**
 * Collects input problems so that one request reports all of them at once, in field order.
 * Text is trimmed and NFC-normalised; control characters other than line breaks and tabs are rejected.
 */
public final class Checks {

    /** Largest magnitude accepted for a measured value or target (well inside numeric and double precision). */
    public static final double MAX_MAGNITUDE = 1e15;

    private final List<Problem> problems = new ArrayList<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks add(ErrorCode code, String field, Object... args) {
        problems.add(Problem.of(code, field, args));
        return this;
    }

    public Checks check(boolean ok, ErrorCode code, String field, Object... args) {
        if (!ok) {
            add(code, field, args);
        }
        return this;
    }

    /** A required text: trimmed, normalised, 1..max characters. */
    public String text(String value, String field, int max) {
        String t = optionalText(value, field, max);
        if (t == null) {
            add(ErrorCode.REQUIRED, field);
        }
        return t;
    }

    /** An optional text: null or blank becomes null. */
    public String optionalText(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        String t = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (t.isEmpty()) {
            return null;
        }
        if (t.codePointCount(0, t.length()) > max) {
            add(ErrorCode.TOO_LONG, field, max);
            return t;
        }
        if (!printable(t)) {
            add(ErrorCode.INVALID_TEXT, field);
        }
        return t;
    }

    /** A measured value: finite and of a sane magnitude. */
    public Double number(Double value, String field) {
        if (value == null) {
            return null;
        }
        if (value.isNaN() || value.isInfinite()) {
            add(ErrorCode.NOT_FINITE, field);
        } else if (Math.abs(value) > MAX_MAGNITUDE) {
            add(ErrorCode.OUT_OF_RANGE, field, -MAX_MAGNITUDE, MAX_MAGNITUDE);
        }
        return value;
    }

    public Checks year(Integer year, String field, int from, int to) {
        if (year != null && (year < from || year > to)) {
            add(ErrorCode.YEAR_OUTSIDE_PERIOD, field, year, from, to);
        }
        return this;
    }

    public Checks with(Consumer<Checks> more) {
        more.accept(this);
        return this;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Throws all collected problems, if any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new SelarasException(problems);
        }
    }

    /** Continues with {@code next} when there is no problem, else fails with all of them. */
    public <T> Mono<T> then(Mono<T> next) {
        return problems.isEmpty() ? next : Mono.error(new SelarasException(problems));
    }

    private static boolean printable(String s) {
        return s.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t'
                || (!Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE
                    && Character.getType(c) != Character.UNASSIGNED && c != 0xFFFE && c != 0xFFFF));
    }
}
