package id.selaras.standalone;

import java.util.Locale;

/** Explains, in words a first-time user can act on, why the embedded PostgreSQL did not start. */
final class Diagnosis {

    static final String EXTERNAL_DATABASE_HINT = """
            To use an external PostgreSQL instead, start the launcher with
              -Dspring.r2dbc.url=r2dbc:postgresql://HOST:5432/selaras -Dspring.r2dbc.username=USER -Dspring.r2dbc.password=PASSWORD
            or set the environment variables
              SELARAS_DB_JDBC_URL=jdbc:postgresql://HOST:5432/selaras SELARAS_DB_USER=USER SELARAS_DB_PASSWORD=PASSWORD""";

    static final String ROOT_REFUSED = "PostgreSQL refuses to run as root, and the embedded server could not switch to an"
            + " unprivileged user here (it needs `unshare -U`, i.e. user namespaces, which this system does not allow)."
            + " Run Selaras as an ordinary user.";

    private Diagnosis() {
    }

    /** Run as root where user namespaces are unavailable: the embedded server cannot start at all. */
    static String rootWithoutUserNamespaces() {
        return ROOT_REFUSED + "\n" + EXTERNAL_DATABASE_HINT;
    }

    static String embeddedDatabase(Throwable failure, boolean root, String serverLog, LauncherConfig config) {
        String log = serverLog.toLowerCase(Locale.ROOT);
        String cause = String.valueOf(failure.getMessage());
        String reason;
        if (root && (log.contains("cannot be run as root") || log.contains("server is not permitted"))) {
            reason = ROOT_REFUSED;
        } else if (cause.contains("could not lock")) {
            reason = "Another Selaras is already using the data directory " + config.dataDir() + ". Stop it first, or "
                    + "choose another directory with -D" + LauncherConfig.DATA_DIR + "=<dir> (or SELARAS_DATA_DIR).";
        } else if (log.contains("address already in use") || log.contains("could not create any tcp/ip sockets")) {
            reason = "Port " + config.databasePort() + " is already in use. Choose another with -D"
                    + LauncherConfig.DATABASE_PORT + "=<port> (or SELARAS_DB_PORT).";
        } else if (log.contains("another server might be running")) {
            reason = "A PostgreSQL from an earlier run still holds " + config.pgData() + ". Stop it with: pg_ctl -D "
                    + config.pgData() + " stop (or end its postgres process).";
        } else {
            reason = "The embedded PostgreSQL could not start: " + cause;
        }
        String logPart = serverLog.isBlank() ? ""
                : "\nLast lines of " + config.dataDir().resolve("postgresql.log") + ":\n" + serverLog.indent(2);
        return reason + logPart + "\n" + EXTERNAL_DATABASE_HINT;
    }
}
