package id.selaras.standalone;

/** A reason the platform cannot run, worded for the person who started it (no stack trace is shown). */
final class StartupFailure extends RuntimeException {

    StartupFailure(String message) {
        super(message);
    }

    StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
